import { escapeHtml } from '../../html.ts';
import { loginRedirect } from '../../web/login-pages.ts';
import { page, type WebResponse } from '../../web/page.ts';
import type { Route } from '../../web/route.ts';
import { formatEuro } from './flight-catalogue.ts';
import type { FlightOrder } from './orders.ts';
import type { PaymentRecords } from './payment-records.ts';

interface HelpDesk {
  ordersOf(customerEmail: string): FlightOrder[];
  payments: PaymentRecords;
}

/** Payment help: a chat on the site that answers "was I charged for order N-…?" from the back office's records. */
export function paymentHelpRoutes(desk: HelpDesk): Route[] {
  return [
    {
      method: 'GET',
      path: '/support/payments',
      handle: ({ signedInCustomer }) => (signedInCustomer === undefined ? loginRedirect('/support/payments') : helpPage()),
    },
    {
      method: 'POST',
      path: '/support/payments',
      handle: async ({ signedInCustomer, readForm }) => {
        if (signedInCustomer === undefined) return loginRedirect('/support/payments');
        const question = ((await readForm()).get('question') ?? '').trim().slice(0, 1000);
        const answer = answerPaymentQuestion(question, desk.ordersOf(signedInCustomer.email), desk.payments);
        return helpPage({ question, answer });
      },
    },
  ];
}

/** The answer to a customer's question about one of their orders. */
export function answerPaymentQuestion(question: string, orders: readonly FlightOrder[], payments: PaymentRecords): string {
  const ref = /\bN-\d+\b/i.exec(question)?.[0].toUpperCase();
  if (ref === undefined) {
    return 'Which order is it about? Please tell me its order number: it looks like N-1042 and is on your confirmation and in My account.';
  }
  if (!orders.some((order) => order.ref === ref)) return `I cannot find order ${ref} in your account.`;
  const captures = payments.capturesFor(ref);
  if (captures.length === 0) return `We have not received any payment for order ${ref}, so you have not been charged.`;
  return `Your payment was successful: we received ${captures.map((capture) => formatEuro(capture.amount)).join(' and ')} for order ${ref}.`;
}

function helpPage(conversation?: { question: string; answer: string }): WebResponse {
  return page(
    'Payment help',
    `<h1>Payment help</h1>
<p>Ask us about a payment; we answer straight away.</p>
${
  conversation === undefined
    ? ''
    : `<section aria-label="Your question"><p><strong>You:</strong> ${escapeHtml(conversation.question)}</p></section>
<section aria-label="Our answer" class="notice"><p><strong>Payment help:</strong> ${escapeHtml(conversation.answer)}</p></section>`
}
<form method="post" action="/support/payments">
  <label for="question">Your question</label>
  <textarea id="question" name="question" rows="3" required></textarea>
  <button type="submit">Ask</button>
</form>`,
  );
}
