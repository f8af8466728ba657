import { escapeHtml } from '../../html.ts';
import { loginRedirect } from '../../web/login-pages.ts';
import { page, redirect, type WebResponse } from '../../web/page.ts';
import type { Route } from '../../web/route.ts';
import type { Customer } from '../../customers.ts';
import type { MembershipBook } from './membership-book.ts';
import { PLAN } from './membership-mail.ts';

interface ChatLine {
  from: 'customer' | 'agent';
  text: string;
}

const AGENT = 'Priya Shah';
const ASKS_FOR_EXTENSION = /\bextend|\bextension|extra months|free months/i;

/**
 * The membership support chat for signed-in customers, answered by an agent who may grant the
 * goodwill extension. The promise is made here; the confirmation follows by email.
 */
export function supportChatRoutes(book: MembershipBook): Route[] {
  const conversations = new Map<string, ChatLine[]>();
  const conversationOf = (customer: Customer): ChatLine[] => {
    let conversation = conversations.get(customer.email);
    if (conversation === undefined) {
      conversation = [{ from: 'agent', text: 'Hello! How can I help with your membership?' }];
      conversations.set(customer.email, conversation);
    }
    return conversation;
  };
  return [
    {
      method: 'GET',
      path: '/membership/support',
      handle: ({ signedInCustomer }) =>
        signedInCustomer === undefined ? loginRedirect('/membership/support') : chatPage(conversationOf(signedInCustomer)),
    },
    {
      method: 'POST',
      path: '/membership/support',
      handle: async ({ signedInCustomer, readForm }) => {
        if (signedInCustomer === undefined) return loginRedirect('/membership/support');
        const text = ((await readForm()).get('message') ?? '').trim();
        if (text === '') return redirect(303, '/membership/support');
        const conversation = conversationOf(signedInCustomer);
        conversation.push({ from: 'customer', text }, { from: 'agent', text: answer(book, signedInCustomer, text) });
        return redirect(303, '/membership/support');
      },
    },
  ];
}

function answer(book: MembershipBook, customer: Customer, question: string): string {
  const membership = book.find(customer);
  if (membership === undefined) return `I cannot find a ${PLAN} membership for ${customer.email}. You can join on our Membership page.`;
  if (!ASKS_FOR_EXTENSION.test(question)) {
    return `Thanks for your message. I can help with renewals and extensions of your ${PLAN} membership: what would you like to do?`;
  }
  if (membership.extensionPromised) return `Your membership already has its goodwill extension of ${book.goodwillExtension}.`;
  book.promiseExtension(membership, AGENT);
  return `I am sorry about that. As offered, I have extended your membership by ${book.goodwillExtension}. You will receive a confirmation by email shortly.`;
}

function chatPage(conversation: readonly ChatLine[]): WebResponse {
  const lines = conversation.map(
    (line) => `  <li><strong>${line.from === 'customer' ? 'You' : `${AGENT} (membership support)`}:</strong> ${escapeHtml(line.text)}</li>`,
  );
  return page(
    'Membership support chat',
    `<h1>Membership support chat</h1>
<p>Our membership team answers right here, Monday to Saturday.</p>
<ol aria-label="Conversation">
${lines.join('\n')}
</ol>
<form method="post" action="/membership/support">
  <label for="message">Your message</label>
  <textarea id="message" name="message" rows="3" required></textarea>
  <button type="submit">Send</button>
</form>`,
  );
}
