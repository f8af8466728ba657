import type { LedgerCapture } from '../../src/channels/api/payment-ledger.ts';
import { checkOrWatch } from '../../src/findings/check-or-watch.ts';
import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { Evidence } from '../../src/findings/finding.ts';
import { websitePart, type JourneyParts } from '../journey-parts.ts';
import { amountOf, findAmountMismatch, findDoubleCharge, listOf } from './charge-checks.ts';
import type { CheckoutView, FlightPages, PaymentPageOutcome } from './flight-pages.ts';
import { maskedScreenshot } from '../../src/channels/web/masked-screenshot.ts';
import { parseMoneyText, type Money } from './money-text.ts';
import { findPaymentDisagreement } from './payment-agreement.ts';
import { approvedCard } from './payment-card.ts';
import { isTicketFor } from './ticket-email.ts';
import { ticketNotDelivered } from './ticket-not-delivered.ts';
import { ticketDetails } from './ticket-watch.ts';

/**
 * A traveller buys a flight: pays with a card, tries once more if the payment fails, and expects
 * to be charged once, the price shown, to be told the truth about it in every channel, and to get
 * the ticket by email. The payment provider's ledger is the system of record for what was charged.
 */
export class PayAndGetTicketJourney {
  private checkout: { view: CheckoutView; shown: Money; evidence: Evidence } | undefined;
  private readonly attempts: Array<PaymentPageOutcome & { evidence: Evidence }> = [];
  private startedPayingAt = new Date();
  private finishedPayingAt = new Date();
  private ledgerRead: { captures: LedgerCapture[]; evidence: Evidence } | undefined;

  constructor(readonly parts: JourneyParts) {}

  async openAccount(): Promise<void> {
    await this.flights().openAccount(this.parts.page, this.webUrl(), this.parts.shopper);
  }

  async chooseFlight(): Promise<void> {
    const { page, notebook } = this.parts;
    const view = await this.flights().chooseFlight(page, this.webUrl());
    const shown = parseMoneyText(view.total);
    if (!shown) throw new Error(`Could not read the total at checkout as an amount of money: "${view.total}"`);
    const evidence = await notebook.evidence(`checkout of ${view.orderNumber} showing ${view.total}`, await maskedScreenshot(page), 'image/png');
    this.checkout = { view, shown, evidence };
  }

  async payWithCard(): Promise<void> {
    this.startedPayingAt = new Date();
    await this.attemptPayment();
  }

  /** One more attempt after a failed payment, as any customer would; no more than that. */
  async retryIfPaymentFailed(): Promise<void> {
    if (this.lastAttempt().paid) return;
    await this.flights().tryAgain(this.parts.page);
    await this.attemptPayment();
  }

  async expectChargedOnceAsShown(): Promise<void> {
    const { view, shown, evidence: checkoutEvidence } = this.chosen();
    const { captures, evidence: ledgerEvidence } = await this.ledger();
    const facts = { orderNumber: view.orderNumber, shown, captures };
    const pages = this.attempts.map((attempt) => attempt.evidence);
    const doubleCharge = findDoubleCharge(facts);
    if (doubleCharge) await this.parts.notebook.found({ ...doubleCharge, evidence: [ledgerEvidence, ...pages] });
    const mismatch = findAmountMismatch(facts);
    if (mismatch) await this.parts.notebook.found({ ...mismatch, evidence: [ledgerEvidence, checkoutEvidence, ...pages] });
  }

  async expectShopAgreesWithLedger(): Promise<void> {
    const { page, notebook } = this.parts;
    const { orderNumber } = this.chosen().view;
    const { captures, evidence: ledgerEvidence } = await this.ledger();
    const orderList = await this.flights().orderInAccount(page, this.webUrl(), orderNumber);
    const orderListEvidence = await notebook.evidence(`order list showing ${orderNumber}`, await maskedScreenshot(page), 'image/png');
    const support = await this.flights().askPaymentSupport(page, this.webUrl(), `Was I charged for order ${orderNumber}?`);
    const supportEvidence = await notebook.evidence(`customer support about ${orderNumber}`, await maskedScreenshot(page), 'image/png');
    const last = this.lastAttempt();
    const disagreement = findPaymentDisagreement(orderNumber, captures, { paymentPage: last, orderList, support });
    if (disagreement) {
      await notebook.found({ ...disagreement, evidence: [ledgerEvidence, last.evidence, orderListEvidence, supportEvidence] });
    }
  }

  async expectTicketByEmail(): Promise<void> {
    const { mailbox, notebook, shopper, target } = this.parts;
    const { view } = this.chosen();
    const { captures, evidence: ledgerEvidence } = await this.ledger();
    const { ticketDeliverySla, maxWaitInRun } = target.timing;
    const paid = listOf(captures.map(amountOf));
    const ticketEmail = { to: shopper.email, receivedAfter: new Date(this.startedPayingAt.getTime() - 1), where: isTicketFor(view.orderNumber) };
    // What a missing ticket cites, in the scenario or at the end of the run: what was charged, and the payment page.
    const cited = [ledgerEvidence, this.lastAttempt().evidence];
    const keepTicket = async (ticket: ReceivedEmail) => void (await notebook.keepEmail('ticket email', ticket));
    await checkOrWatch(this.parts, {
      dueAt: new Date(this.finishedPayingAt.getTime() + ticketDeliverySla),
      maxWaitInRun,
      watch: {
        check: `the ticket for order ${view.orderNumber} reaches ${shopper.email}`,
        kind: 'ticket-not-delivered',
        codec: ticketDetails,
        details: {
          order: { address: shopper.email, orderNumber: view.orderNumber, flight: view.flight, paid },
          paidAt: this.startedPayingAt,
          finishedPayingAt: this.finishedPayingAt,
        },
      },
      // A ticket already there is kept at once; otherwise only the SLA passing tells, at the end of the run.
      arrivedEarly: { look: async () => (await mailbox.list(ticketEmail))[0], judge: keepTicket },
      onlyTimeTells: { cites: cited },
      checkNow: async (remainingMs) => {
        const ticket = await mailbox.waitFor(ticketEmail, remainingMs);
        if (ticket) return keepTicket(ticket);
        const finding = ticketNotDelivered({ orderNumber: view.orderNumber, flight: view.flight, paid, address: shopper.email, slaMs: ticketDeliverySla });
        await notebook.found({ ...finding, evidence: cited });
      },
    });
  }

  private async attemptPayment(): Promise<void> {
    const { page, notebook } = this.parts;
    const { view, shown } = this.chosen();
    const attempt = `payment attempt ${this.attempts.length + 1} for ${view.orderNumber}`;
    const card = await approvedCard(this.parts, shown, attempt);
    const outcome = await this.flights().pay(page, card);
    const label = `${attempt}: ${outcome.paid ? 'confirmed' : 'failed'}`;
    const evidence = await notebook.evidence(label, await maskedScreenshot(page), 'image/png');
    this.attempts.push({ ...outcome, evidence });
    this.finishedPayingAt = new Date();
  }

  /** What the payment provider captured for the order, read once; nothing captured ends the scenario. */
  private async ledger(): Promise<{ captures: LedgerCapture[]; evidence: Evidence }> {
    if (this.ledgerRead) return this.ledgerRead;
    const { orderNumber } = this.chosen().view;
    const captures = await this.parts.ledger().capturesFor(orderNumber);
    const evidence = await this.parts.notebook.evidence(`payment ledger for ${orderNumber}`, JSON.stringify(captures, null, 2), 'application/json');
    if (captures.length === 0) {
      const last = this.lastAttempt();
      throw new Error(
        last.paid
          ? `${this.parts.target.name} confirmed order ${orderNumber}, but the payment ledger has no capture for it: is targets.${this.parts.target.id}.payment.ledger the account this shop is paid into?`
          : `The payment failed ${this.attempts.length} times ("${last.said}") and nothing was captured: the shopper could not buy a ticket, so there is nothing more to check`,
      );
    }
    this.ledgerRead = { captures, evidence };
    return this.ledgerRead;
  }

  private flights(): FlightPages {
    return websitePart(this.parts, 'flights');
  }

  private webUrl(): string {
    const { target } = this.parts;
    if (!target.webUrl) throw new Error(`targets.${target.id}.webUrl is not set; buying a flight needs the company's website`);
    return target.webUrl;
  }

  private chosen(): NonNullable<PayAndGetTicketJourney['checkout']> {
    if (!this.checkout) throw new Error('No flight chosen yet: a step must first choose one');
    return this.checkout;
  }

  private lastAttempt(): PaymentPageOutcome & { evidence: Evidence } {
    const last = this.attempts.at(-1);
    if (!last) throw new Error('The shopper has not paid yet: a step must first pay');
    return last;
  }
}
