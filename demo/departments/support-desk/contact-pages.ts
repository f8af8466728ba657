import { parseEmailAddress } from '../../customers.ts';
import { escapeHtml } from '../../html.ts';
import { SUPPORT_ADDRESS } from '../../shop-identity.ts';
import { emailField, formMessage } from '../../web/form-fields.ts';
import { page, type WebResponse } from '../../web/page.ts';
import type { Route, WebRequest } from '../../web/route.ts';
import type { Enquiry } from './support-case.ts';
import type { SupportDesk } from './support-desk.ts';

/** The web contact form: a case is opened at once and its number shown on the next page. */
export function contactRoutes(desk: SupportDesk): Route[] {
  return [
    { method: 'GET', path: '/contact', handle: ({ signedInCustomer }) => contactPage({ email: signedInCustomer?.email ?? '' }) },
    { method: 'POST', path: '/contact', handle: (request) => sendMessage(request, desk) },
  ];
}

async function sendMessage(request: WebRequest, desk: SupportDesk): Promise<WebResponse> {
  const form = await request.readForm();
  const entered = {
    name: (form.get('name') ?? '').trim(),
    email: (form.get('email') ?? '').trim(),
    subject: (form.get('subject') ?? '').trim(),
    message: (form.get('message') ?? '').trim(),
  };
  const email = parseEmailAddress(entered.email);
  if (email === undefined || entered.name === '' || entered.subject === '' || entered.message === '') {
    return contactPage(entered, 'Please fill in your name, a valid email address, a subject and your message.', 400);
  }
  const supportCase = desk.open({ ...entered, email }, 'contact form');
  return page(
    'We got your message',
    `<h1>We got your message</h1>
<p>Thank you, ${escapeHtml(supportCase.name)}. Your case number is <strong>${escapeHtml(supportCase.number)}</strong>.</p>
<p>We have sent a confirmation to ${escapeHtml(email)}, and we answer every message within one working day.</p>
<p><a href="/">Back to the shop</a></p>`,
  );
}

function contactPage(entered: Partial<Enquiry>, error?: string, status = 200): WebResponse {
  return page(
    'Contact us',
    `<h1>Contact customer service</h1>
<p>Write to us with this form, or email <a href="mailto:${SUPPORT_ADDRESS}">${SUPPORT_ADDRESS}</a>.
We confirm every message at once and answer within one working day.</p>
${error === undefined ? '' : formMessage('error', error)}
<form method="post" action="/contact">
  <label for="name">Your name</label>
  <input id="name" name="name" type="text" autocomplete="name" required value="${escapeHtml(entered.name ?? '')}">
  ${emailField(entered.email ?? '')}
  <label for="subject">Subject</label>
  <input id="subject" name="subject" type="text" required value="${escapeHtml(entered.subject ?? '')}">
  <label for="message">Your message</label>
  <textarea id="message" name="message" rows="6" required>${escapeHtml(entered.message ?? '')}</textarea>
  <button type="submit">Send message</button>
</form>`,
    { status },
  );
}
