import { formatDuration } from '../../src/config/duration.ts';
import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import { keepAllEvidence } from '../../src/findings/evidence-draft.ts';
import type { Evidence } from '../../src/findings/finding.ts';
import { websitePart, type JourneyParts } from '../journey-parts.ts';
import { checkContactCap, checkNoOfferForHeldProduct } from './contact-checks.ts';
import { contactCountDetails } from './contact-count-watch.ts';
import { contactLogDrafts } from './contact-evidence.ts';
import type { MarketingContact, ObservationWindow } from './contact-log.ts';
import { checkNoCallsAfterOptOut } from './calls-after-opt-out.ts';
import type { SaidWhere } from './call-opt-out-ignored.ts';
import { observeContacts } from './observe-contacts.ts';
import { checkNoTextsAfterOptOut } from './texts-after-opt-out.ts';

interface Observation {
  window: ObservationWindow;
  contacts: MarketingContact[];
  /** The contact log, and the calls' timeline when there were calls. */
  logs: Evidence[];
}

/**
 * A customer who agreed to offers by email, by text and by phone: counts what reaches them over a
 * period against the company's promised cap, expects no offer for a product already held, no more
 * texts once they said no to texts, and no more sales calls once they said "do not call me".
 */
export class ContactFrequencyJourney {
  private heldProduct: string | undefined;
  private agreedAt: Date | undefined;
  /** Undefined until counted; 'awaiting' when the count is judged at the end of the run or by a later one. */
  private observation: Observation | 'awaiting' | undefined;
  private signedUpAt = new Date();
  private textOptOutAt: Date | undefined;
  private callOptOut: { at: Date; said: SaidWhere } | undefined;

  constructor(readonly parts: JourneyParts) {}

  async buyProduct(): Promise<void> {
    const { page, shopper } = this.parts;
    this.heldProduct = await websitePart(this.parts, 'contactPreferences').buyProduct(page, this.webUrl(), shopper);
  }

  async agreeToOffers(): Promise<void> {
    const { page, shopper } = this.parts;
    await websitePart(this.parts, 'contactPreferences').agreeToOffers(page, this.webUrl(), shopper);
    // The count runs from when the shop saved my agreement: a slow website must not use up the
    // observation period (a window spent on the account page saw too few contacts to judge the cap).
    this.agreedAt = new Date();
  }

  async countContacts(): Promise<void> {
    const { notebook, target, shopper } = this.parts;
    const from = this.agreed();
    const window = { from, until: new Date(from.getTime() + target.timing.contactObservation) };
    const { max, per } = target.contactCap;
    const observed = await checkOrWatch(this.parts, {
      dueAt: window.until,
      maxWaitInRun: target.timing.maxWaitInRun,
      watch: {
        check:
          `at most ${max} marketing contacts per ${formatDuration(per)} reach ${shopper.email} and ${shopper.phone} ` +
          `until ${window.until.toISOString()}${this.heldProduct ? `, none offering ${this.heldProduct}` : ''}`,
        kind: 'contact-overload',
        codec: contactCountDetails,
        details: { addresses: shopper, window, cap: { max, per }, heldProduct: this.heldProduct },
      },
      // Only the window passing tells; the steps after it check what was counted, and the judge
      // checks both (the cap, no offer for the product held) at the end of the run.
      onlyTimeTells: {},
      checkNow: async (): Promise<Observation> => {
        const contacts = await observeContacts(this.parts, window);
        const logs = await keepAllEvidence(notebook, contactLogDrafts(contacts, window));
        return { window, contacts, logs };
      },
    });
    this.observation = observed ?? 'awaiting';
  }

  async expectWithinCap(): Promise<void> {
    const observation = this.observed();
    if (observation === 'awaiting') return; // left as a watch
    await checkContactCap(this.parts, observation.contacts, observation.window, observation.logs);
  }

  async expectNoOfferForHeldProduct(): Promise<void> {
    const observation = this.observed();
    if (observation === 'awaiting') return; // left as a watch
    if (!this.heldProduct) throw new Error('The shopper holds no product yet: a step must first buy one');
    await checkNoOfferForHeldProduct(this.parts, observation.contacts, this.heldProduct, observation.window, observation.logs);
  }

  async signUpForOffers(): Promise<void> {
    const { page, shopper } = this.parts;
    this.signedUpAt = new Date();
    await websitePart(this.parts, 'contactPreferences').signUpForOffers(page, this.webUrl(), shopper);
  }

  async receiveOfferByText(): Promise<void> {
    const { sms, shopper, target, notebook } = this.parts;
    const wait = target.timing.marketingEmailWait;
    const text = await sms.waitFor({ to: shopper.phone, receivedAfter: new Date(this.signedUpAt.getTime() - 1) }, wait);
    if (!text) throw new Error(`No offer by text reached ${shopper.phone} within ${formatDuration(wait)} of signing up`);
    await notebook.evidence('an offer by text', `From: ${text.from}\nTo: ${text.to}\nReceived: ${text.receivedAt.toISOString()}\n\n${text.body}`, 'text/plain');
  }

  async optOutOfTexts(): Promise<void> {
    const { page, shopper } = this.parts;
    await websitePart(this.parts, 'contactPreferences').optOutOfTexts(page, this.webUrl(), shopper);
    // The grace period runs from when the shop saved my choice, not from when I began to make it.
    this.textOptOutAt = new Date();
  }

  async expectNoTextsAfterOptOut(): Promise<void> {
    if (!this.textOptOutAt) throw new Error('The shopper has not opted out of texts yet: a step must first do so');
    await checkNoTextsAfterOptOut(this.parts, this.textOptOutAt);
  }

  async signUpForCalls(): Promise<void> {
    const { page, shopper } = this.parts;
    this.signedUpAt = new Date();
    await websitePart(this.parts, 'contactPreferences').signUpForCalls(page, this.webUrl(), shopper);
  }

  async receiveSalesCall(): Promise<void> {
    const { calls, shopper, target, notebook } = this.parts;
    const wait = target.timing.marketingEmailWait;
    const call = await calls.waitFor({ to: shopper.phone, receivedAfter: new Date(this.signedUpAt.getTime() - 1) }, wait);
    if (!call) throw new Error(`No sales call reached ${shopper.phone} within ${formatDuration(wait)} of signing up`);
    await notebook.evidence('a sales call', `From: ${call.from}\nTo: ${call.to}\nCalled: ${call.receivedAt.toISOString()}\n\n${call.heard}`, 'text/plain');
  }

  /** Answers the next call with "please do not call me again"; the company heard it when that call was taken. */
  async askNotToBeCalledOnThePhone(): Promise<void> {
    const { calls, shopper, target } = this.parts;
    const asking = new Date();
    await calls.answerWith(shopper.phone, 'do-not-call');
    const wait = target.timing.marketingEmailWait;
    const call = await calls.waitFor({ to: shopper.phone, answer: 'do-not-call', receivedAfter: asking }, wait);
    if (!call) throw new Error(`No further sales call reached ${shopper.phone} within ${formatDuration(wait)} to answer`);
    this.callOptOut = { at: call.receivedAt, said: 'on-the-phone' };
  }

  async optOutOfCalls(): Promise<void> {
    const { page, shopper } = this.parts;
    await websitePart(this.parts, 'contactPreferences').optOutOfCalls(page, this.webUrl(), shopper);
    // The grace period runs from when the shop saved my choice, not from when I began to make it.
    this.callOptOut = { at: new Date(), said: 'in-my-account' };
  }

  async expectNoCallsAfterOptOut(): Promise<void> {
    if (!this.callOptOut) throw new Error('The shopper has not asked not to be called yet: a step must first do so');
    await checkNoCallsAfterOptOut(this.parts, this.callOptOut.at, this.callOptOut.said);
  }

  private webUrl(): string {
    const { target } = this.parts;
    if (!target.webUrl) throw new Error(`targets.${target.id}.webUrl is not set; this journey needs the company's website`);
    return target.webUrl;
  }

  private agreed(): Date {
    if (!this.agreedAt) throw new Error('The shopper has not agreed to offers yet: a step must first do so');
    return this.agreedAt;
  }

  private observed(): Observation | 'awaiting' {
    if (!this.observation) throw new Error('No contacts counted yet: a step must first count them');
    return this.observation;
  }
}
