import { detailOf, optionalDetailOf, type WatchDetails } from '../../src/watches/watch-details.ts';
import type { SentEnquiry } from './enquiry.ts';

/** The enquiry a later run waits on a reply to, and the shopper's address the reply goes to. */
export interface WatchedEnquiry {
  enquiry: SentEnquiry;
  address: string;
}

/**
 * The details of the `no-acknowledgement` and `no-answer` watches: written by the journey, read back
 * by their judges. The enquiry's evidence stays with the run that sent it.
 */
export const enquiryDetails: WatchDetails<WatchedEnquiry> = {
  journey: 'enquiry-answered',
  write: ({ enquiry, address }) => ({
    address,
    channel: enquiry.channel,
    subject: enquiry.subject,
    sentAt: enquiry.sentAt.toISOString(),
    ...(enquiry.messageId ? { messageId: enquiry.messageId } : {}),
    ...(enquiry.caseReference ? { caseReference: enquiry.caseReference } : {}),
  }),
  read: (watch) => {
    const { channel, sentAt } = watch.details ?? {};
    if (channel !== 'email' && channel !== 'contact form') throw new Error(`the enquiry's channel "${channel}" is neither email nor contact form`);
    const subject = optionalDetailOf(watch, 'subject');
    if (!subject) throw new Error('the enquiry has no subject');
    const sent = new Date(sentAt ?? '');
    if (Number.isNaN(sent.getTime())) throw new Error(`the enquiry's sentAt "${sentAt}" is not a date`);
    const enquiry: SentEnquiry = { channel, subject, sentAt: sent, evidence: [] };
    const messageId = optionalDetailOf(watch, 'messageId');
    const caseReference = optionalDetailOf(watch, 'caseReference');
    if (messageId) enquiry.messageId = messageId;
    if (caseReference) enquiry.caseReference = caseReference;
    return { enquiry, address: detailOf(watch, 'address') };
  },
};
