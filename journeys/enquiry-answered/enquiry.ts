import type { Evidence } from '../../src/findings/finding.ts';
import type { Shopper } from '../shopper.ts';

/** The customer's question as it reached the company, and what ties the company's replies to it. */
export interface SentEnquiry {
  channel: 'email' | 'contact form';
  subject: string;
  /** Response times are measured from here. */
  sentAt: Date;
  /** The enquiry email's Message-ID. */
  messageId?: string;
  /** Where the enquiry email went. */
  supportAddress?: string;
  /** The case reference the company gave it: on the form's confirmation, or in the acknowledgement. */
  caseReference?: string;
  /** What the customer sent, as evidence for any finding. */
  evidence: Evidence[];
}

/** The question every scenario asks: one a customer service desk answers every day. */
export function customerQuestion(shopper: Shopper): { subject: string; text: string } {
  return {
    subject: 'Where is my order?',
    text: [
      'Hello,',
      '',
      'I ordered a rain jacket from you last week and it has not arrived yet.',
      'Could you tell me where it is and when I can expect it?',
      '',
      'Thank you,',
      shopper.name,
    ].join('\n'),
  };
}

/** The enquiry in the customer's words: 'my email "Where is my order?"'. */
export function describeEnquiry(enquiry: SentEnquiry): string {
  if (enquiry.channel === 'email') return `my email "${enquiry.subject}"`;
  const reference = enquiry.caseReference ? ` (case ${enquiry.caseReference})` : '';
  return `my message "${enquiry.subject}" sent through the contact form${reference}`;
}
