import type { WatchJudge } from '../../src/watches/judge-registry.ts';
import { breached, passed } from '../../src/watches/judgements.ts';
import { dueAtOf } from '../../src/watches/watch-details.ts';
import { arrivalsFor, readAdvanceNotice } from './notice-reading.ts';
import { noticeDetails } from './notice-watch.ts';

/**
 * The advance notice, when the time the company may take to send it outlasted the run: read from
 * the emails and texts that arrived since ordering and by the due time, as the run reads them.
 */
export const deliveryNoticeJudge: WatchJudge = {
  journey: noticeDetails.journey,
  kind: 'tracking-unclear',
  judge: async (watch, { mailbox, sms, now }) => {
    const { order, orderedAt, to } = noticeDetails.read(watch);
    const awaited = { order, orderedAt, dueAt: dueAtOf(watch) };
    const { finding, evidence } = readAdvanceNotice(awaited, await arrivalsFor({ mailbox, sms }, to, awaited));
    return finding ? breached(watch, now, { finding, evidence }) : passed(watch, now);
  },
};
