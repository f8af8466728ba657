import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { JourneyParts } from '../journey-parts.ts';
import { checkAcknowledgement } from './acknowledgement-check.ts';
import { checkAnswer } from './answer-check.ts';
import { expectDelivered } from './bounce-check.ts';
import type { SentEnquiry } from './enquiry.ts';
import { emailEnquiry, sendContactForm } from './send-enquiry.ts';

/**
 * A customer with a question: writes to customer service by email or with the contact form, and
 * expects an automatic acknowledgement at once and an answer from a person within the promised time.
 */
export class EnquiryAnsweredJourney {
  private enquiry: SentEnquiry | undefined;
  private acknowledgement: ReceivedEmail | undefined;

  constructor(private readonly parts: JourneyParts) {}

  async emailQuestion(): Promise<void> {
    this.enquiry = await emailEnquiry(this.parts);
  }

  async sendQuestionThroughContactForm(): Promise<void> {
    this.enquiry = await sendContactForm(this.parts);
  }

  async expectEmailNotBounced(): Promise<void> {
    await expectDelivered(this.sent(), this.parts);
  }

  async expectAcknowledgementInTime(): Promise<void> {
    this.acknowledgement = await checkAcknowledgement(this.sent(), this.parts);
  }

  async expectAnswerInTime(): Promise<void> {
    await checkAnswer(this.sent(), this.acknowledgement, this.parts);
  }

  private sent(): SentEnquiry {
    if (!this.enquiry) throw new Error('No enquiry sent yet: a step must first send the question');
    return this.enquiry;
  }
}
