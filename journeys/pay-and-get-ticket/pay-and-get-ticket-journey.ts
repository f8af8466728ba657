import type { LedgerCapture } from '../../src/channels/api/payment-ledger.ts';
import { maskedScreenshot } from '../../src/channels/web/masked-screenshot.ts';
import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import type { Evidence } from '../../src/findings/finding.ts';
import { formatMoney } from '../../src/money/format-money.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import { websitePart, type JourneyParts } from '../journey-parts.ts';
import type { Shop } from '../shop.ts';
import { amountOf, findAmountMismatch, findDoubleCharge, listOf } from './charge-checks.ts';
import type { CheckoutPages, CheckoutView, PaymentOutcome } from './checkout-pages.ts';
import { findPaymentDisagreement } from './payment-agreement.ts';
import { approvedCard } from './payment-card.ts';
import { isTicketFor } from './ticket-email.ts';
import { ticketNotDelivered } from './ticket-not-delivered.ts';
import { ticketDetails } from './ticket-watch.ts';

/**
 * A customer buys something (a flight, a lamp, a domain): pays with a card, tries once more if the
 * payment fails, and expects to be charged once, the price shown, to be told the truth about it in
 * every channel, and to get its proof (e-ticket, order confirmation) by email. The payment
 * provider's ledger is the system of record for what was charged. What the shop sells and calls its
 * proof is the target's configuration (checkout.purchase, checkout.proof).
 */
export class PayAndGetTicketJourney {
  private checkout: { view: CheckoutView; evidence: Evidence[] } | undefined;
  private readonly attempts: Array<PaymentOutcome & { evidence: Evidence[] }> = [];
  private startedPayingAt = new Date();
  private finishedPayingAt = new Date();
  private ledgerRead: { captures: LedgerCapture[]; evidence: Evidence } | undefined;
  private readonly session = new Map<string, string>();

  constructor(readonly parts: JourneyParts) {}

  async openAccount(): Promise<void> {
    await this.pages().openAccount(this.shop(), this.parts.shopper);
  }

  async choosePurchase(): Promise<void> {
    const { result: view, evidence } = await this.observe((shop) => this.pages().choosePurchase(shop), (view) => `checkout of ${view.orderNumber} showing ${formatMoney(view.total)}`);
    this.checkout = { view, evidence };
  }

  async payWithCard(): Promise<void> {
    this.startedPayingAt = new Date();
    await this.attemptPayment();
  }

  /** One more attempt after a failed payment, as any customer would; no more than that. */
  async retryIfPaymentFailed(): Promise<void> {
    if (this.lastAttempt().state === 'paid') return;
    await this.pages().tryAgain(this.shop(), this.chosen().view);
    await this.attemptPayment();
  }

  async expectChargedOnceAsShown(): Promise<void> {
    const { view, evidence: checkoutEvidence } = this.chosen();
    const { captures, evidence: ledgerEvidence } = await this.ledger();
    const facts = { orderNumber: view.orderNumber, shown: view.total, captures };
    const answers = this.attempts.flatMap((attempt) => attempt.evidence);
    const doubleCharge = findDoubleCharge(facts);
    if (doubleCharge) await this.parts.notebook.found({ ...doubleCharge, evidence: [ledgerEvidence, ...answers] });
    const mismatch = findAmountMismatch(facts);
    if (mismatch) await this.parts.notebook.found({ ...mismatch, evidence: [ledgerEvidence, ...checkoutEvidence, ...answers] });
  }

  async expectShopAgreesWithLedger(): Promise<void> {
    const { notebook } = this.parts;
    const { orderNumber } = this.chosen().view;
    const { captures, evidence: ledgerEvidence } = await this.ledger();
    const pages = this.pages();
    const orderList = await this.observe((shop) => pages.orderInAccount(shop, orderNumber), () => `order list showing ${orderNumber}`);
    const askSupport = pages.askPaymentSupport?.bind(pages);
    const support = askSupport
      ? await this.observe((shop) => askSupport(shop, `Was I charged for order ${orderNumber}?`), () => `customer support about ${orderNumber}`)
      : undefined;
    // A shop without a payment support channel is not blamed for it: that check is not made, and the report says so.
    if (!support) notebook.notChecked('what customer support says about the payment', `${this.parts.target.name} has no payment support channel (its adapter offers none)`);
    const last = this.lastAttempt();
    const disagreement = findPaymentDisagreement(orderNumber, captures, { paymentPage: last, orderList: orderList.result, support: support?.result });
    if (disagreement) {
      await notebook.found({ ...disagreement, evidence: [ledgerEvidence, ...last.evidence, ...orderList.evidence, ...(support?.evidence ?? [])] });
    }
  }

  async expectProofByEmail(): Promise<void> {
    const { mailbox, notebook, shopper, target } = this.parts;
    const { view } = this.chosen();
    const { proof } = target.checkout;
    const { captures, evidence: ledgerEvidence } = await this.ledger();
    const { ticketDeliverySla, maxWaitInRun } = target.timing;
    const paid = listOf(captures.map(amountOf));
    const proofEmail = { to: shopper.email, receivedAfter: new Date(this.startedPayingAt.getTime() - 1), where: isTicketFor(view.orderNumber) };
    // What a missing proof cites, in the scenario or at the end of the run: what was charged, and the answer to paying.
    const cited = [ledgerEvidence, ...this.lastAttempt().evidence];
    const keepProof = async (email: ReceivedEmail) => void (await notebook.keepEmail(`${proof} email`, email));
    const order = { address: shopper.email, orderNumber: view.orderNumber, item: view.item, paid, proof };
    await checkOrWatch(this.parts, {
      dueAt: new Date(this.finishedPayingAt.getTime() + ticketDeliverySla),
      maxWaitInRun,
      watch: {
        check: `the ${proof} for order ${view.orderNumber} reaches ${shopper.email}`,
        kind: 'ticket-not-delivered',
        codec: ticketDetails,
        details: { order, paidAt: this.startedPayingAt, finishedPayingAt: this.finishedPayingAt },
      },
      // A proof already there is kept at once; otherwise only the SLA passing tells, at the end of the run.
      arrivedEarly: { look: async () => (await mailbox.list(proofEmail))[0], judge: keepProof },
      onlyTimeTells: { cites: cited },
      checkNow: async (remainingMs) => {
        const email = await mailbox.waitFor(proofEmail, remainingMs);
        if (email) return keepProof(email);
        await notebook.found({ ...ticketNotDelivered({ ...order, slaMs: ticketDeliverySla }), evidence: cited });
      },
    });
  }

  private async attemptPayment(): Promise<void> {
    const { view } = this.chosen();
    const attempt = `payment attempt ${this.attempts.length + 1} for ${view.orderNumber}`;
    const card = await approvedCard(this.parts, view.total, attempt);
    const { result, evidence } = await this.observe((shop) => this.pages().pay(shop, view, card), (outcome) => `${attempt}: ${outcome.state === 'paid' ? 'confirmed' : outcome.state}`);
    this.attempts.push({ ...result, evidence });
    this.finishedPayingAt = new Date();
  }

  /**
   * Runs one step of the adapter and keeps what the customer saw as evidence: the API exchanges it
   * made, and the page when it drove the browser.
   */
  private async observe<T>(step: (shop: Shop) => Promise<T>, label: (result: T) => string): Promise<{ result: T; evidence: Evidence[] }> {
    const { page, api, notebook } = this.parts;
    const mark = api.mark();
    const result = await step(this.shop());
    const exchanges = api.keptSince(mark);
    const usedPage = page.url() !== 'about:blank';
    const screenshot = usedPage ? [await notebook.evidence(label(result), await maskedScreenshot(page), 'image/png')] : [];
    return { result, evidence: [...exchanges, ...screenshot] };
  }

  /** What the payment provider captured for the order, read once; nothing captured ends the scenario. */
  private async ledger(): Promise<{ captures: LedgerCapture[]; evidence: Evidence }> {
    if (this.ledgerRead) return this.ledgerRead;
    const { orderNumber } = this.chosen().view;
    const captures = await this.parts.ledger().capturesFor(orderNumber, { email: this.parts.shopper.email });
    const evidence = await this.parts.notebook.evidence(`payment ledger for ${orderNumber}`, JSON.stringify(captures, null, 2), 'application/json');
    if (captures.length === 0) {
      const last = this.lastAttempt();
      throw new Error(
        last.state === 'paid'
          ? `${this.parts.target.name} confirmed order ${orderNumber}, but the payment ledger has no capture for it: is targets.${this.parts.target.id}.payment.ledger the account this shop is paid into?`
          : `The payment failed ${this.attempts.length} times ("${last.said}") and nothing was captured: the shopper could not buy a ${this.parts.target.checkout.purchase}, so there is nothing more to check`,
      );
    }
    this.ledgerRead = { captures, evidence };
    return this.ledgerRead;
  }

  private pages(): CheckoutPages {
    return websitePart(this.parts, 'checkout');
  }

  private shop(): Shop {
    const { target, page, api } = this.parts;
    if (!target.webUrl) throw new Error(`targets.${target.id}.webUrl is not set; buying a ${target.checkout.purchase} needs the company's shop (its website or API)`);
    return { url: target.webUrl, page, api, money: { locale: target.checkout.locale, currency: target.checkout.currency }, session: this.session };
  }

  private chosen(): NonNullable<PayAndGetTicketJourney['checkout']> {
    if (!this.checkout) throw new Error(`Nothing chosen yet: a step must first choose a ${this.parts.target.checkout.purchase}`);
    return this.checkout;
  }

  private lastAttempt(): PaymentOutcome & { evidence: Evidence[] } {
    const last = this.attempts.at(-1);
    if (!last) throw new Error('The shopper has not paid yet: a step must first pay');
    return last;
  }
}
