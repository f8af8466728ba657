import { formatDuration } from '../../src/config/duration.ts';
import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import { keepEvidence } from '../../src/findings/evidence-draft.ts';
import type { Evidence } from '../../src/findings/finding.ts';
import { websitePart, type JourneyParts } from '../journey-parts.ts';
import { checkContactCap, checkNoOfferForHeldProduct } from './contact-checks.ts';
import { contactCountDetails } from './contact-count-watch.ts';
import { contactLogDraft, type MarketingContact, type ObservationWindow } from './contact-log.ts';
import { observeContacts } from './observe-contacts.ts';
import { checkNoTextsAfterOptOut } from './texts-after-opt-out.ts';

interface Observation {
  window: ObservationWindow;
  contacts: MarketingContact[];
  log: Evidence;
}

/**
 * A customer who agreed to offers by email and by text: counts what reaches them over a period
 * against the company's promised cap, expects no offer for a product already held, and no more
 * texts once they said no to texts.
 */
export class ContactFrequencyJourney {
  private heldProduct: string | undefined;
  private agreedAt: Date | undefined;
  /** Undefined until counted; 'awaiting' when the count is judged at the end of the run or by a later one. */
  private observation: Observation | 'awaiting' | undefined;
  private signedUpAt = new Date();
  private textOptOutAt: Date | undefined;

  constructor(readonly parts: JourneyParts) {}

  async buyProduct(): Promise<void> {
    const { page, shopper } = this.parts;
    this.heldProduct = await websitePart(this.parts, 'contactPreferences').buyProduct(page, this.webUrl(), shopper);
  }

  async agreeToOffers(): Promise<void> {
    const { page, shopper } = this.parts;
    this.agreedAt = new Date();
    await websitePart(this.parts, 'contactPreferences').agreeToOffers(page, this.webUrl(), shopper);
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
        const log = await keepEvidence(notebook, contactLogDraft(contacts, window));
        return { window, contacts, log };
      },
    });
    this.observation = observed ?? 'awaiting';
  }

  async expectWithinCap(): Promise<void> {
    const observation = this.observed();
    if (observation === 'awaiting') return; // left as a watch
    await checkContactCap(this.parts, observation.contacts, observation.window, observation.log);
  }

  async expectNoOfferForHeldProduct(): Promise<void> {
    const observation = this.observed();
    if (observation === 'awaiting') return; // left as a watch
    if (!this.heldProduct) throw new Error('The shopper holds no product yet: a step must first buy one');
    await checkNoOfferForHeldProduct(this.parts, observation.contacts, this.heldProduct, observation.window, observation.log);
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
