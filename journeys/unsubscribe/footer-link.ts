import type { Page, Response } from '@playwright/test';
import { firstHeader, type ReceivedEmail } from '../../src/mail/received-email.ts';
import type { Notebook } from '../../src/findings/notebook.ts';
import { parseListUnsubscribe } from '../../src/mail/list-unsubscribe.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { OriginPolicy } from '../../src/safety/origin-policy.ts';
import { chooseUnsubscribeLink, type EmailLink } from './unsubscribe-link.ts';
import { unsubscribeWords, type UnsubscribeWords } from './unsubscribe-words.ts';

interface Parts {
  page: Page;
  notebook: Notebook;
  target: AuditTarget;
  origins: OriginPolicy;
  shopper: { email: string };
}

const SIGN_IN = /sign[ -]?in|log[ -]?in|kirjaudu/i;
/** A confirm-and-answer page rarely needs more than two clicks; more is a maze, not a confirmation. */
const MOST_STEPS = 3;

/** Opens the email as the customer sees it and finds the unsubscribe link at the bottom. */
export async function findFooterLink(email: ReceivedEmail, parts: Parts): Promise<string> {
  const { page, notebook, origins, target } = parts;
  const shown = email.html ?? (email.text ? plainTextAsShown(email.text) : undefined);
  if (!shown) return missingLink(parts, 'The email has no body to show a link in');
  await page.setContent(shown);
  const links = await visibleLinks(page);
  const listUnsubscribe = parseListUnsubscribe(firstHeader(email, 'list-unsubscribe')).web.map((entry) => entry.uri);
  const chosen = chooseUnsubscribeLink(links, listUnsubscribe, unsubscribeWords(target.wording));
  if (!chosen) {
    const screenshot = await notebook.evidence('the email as shown', await page.screenshot({ fullPage: true }), 'image/png');
    return missingLink(parts, `No visible unsubscribe link in the email (its links: ${describeLinks(links)})`, screenshot);
  }
  await page.locator('a[href]').nth(chosen.link.index).scrollIntoViewIfNeeded();
  await notebook.evidence(
    'the email with its unsubscribe link',
    await page.screenshot({ fullPage: true }),
    'image/png',
  );
  await notebook.evidence('the unsubscribe link chosen', `"${chosen.link.text}" → ${chosen.link.href}\nchosen because: ${chosen.why}`, 'text/plain');
  origins.require(chosen.link.href, 'follow the unsubscribe link to');
  return chosen.link.href;
}

/**
 * Follows the link as a customer would: gives the address if the page asks for it, presses the
 * button that confirms ("Yes, stop sending", "Kyllä, lopeta lähettäminen"), and reads the page's
 * answer. Returns the moment the company took the request.
 */
export async function followFooterLink(email: ReceivedEmail, parts: Parts): Promise<Date> {
  const { page, notebook, target } = parts;
  const href = await findFooterLink(email, parts);
  const words = unsubscribeWords(target.wording);
  let response = await page.goto(href);
  let unsubscribedAt = new Date();
  let pressed: string | undefined;
  for (let step = 0; step < MOST_STEPS; step += 1) {
    // The browser's own error page: the company did not answer (the run checks its website).
    if (page.url().startsWith('chrome-error:')) throw new Error(`The unsubscribe page did not load (${href})`);
    if (failed(response)) return brokenPage(parts, `The unsubscribe link answered ${response!.status()} (${page.url()})`);
    if (await asksToSignIn(page)) return brokenPage(parts, `The unsubscribe link asked me to sign in (${page.url()})`);
    if (await says(page, words.unsubscribed)) return confirmed(parts, unsubscribedAt);
    const button = await confirmButton(page, words);
    if (!button) break;
    await fillAddressIfAsked(page, parts.shopper.email);
    pressed = (await button.innerText().catch(() => '')) || (await button.getAttribute('value')) || 'the button';
    unsubscribedAt = new Date();
    // A page that answers in place (no navigation) is read where it stands.
    [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: target.timing.pageAction }).catch(() => null), button.click()]);
  }
  if (pressed !== undefined && !failed(response) && !(await says(page, words.error)) && !(await confirmButton(page, words))) {
    // The page took the request in words we do not know: the mail that follows is the proof.
    await notebook.evidence('the page after the unsubscribe', `Pressed "${pressed.trim()}"; the page answered without an error but in words the harness does not know ("${await headline(page)}"). Add them to targets.${target.id}.wording.unsubscribed to read them.`, 'text/plain');
    return confirmed(parts, unsubscribedAt);
  }
  return brokenPage(parts, `The page never confirmed I was unsubscribed (${page.url()}: "${await headline(page)}")`);
}

async function visibleLinks(page: Page): Promise<EmailLink[]> {
  const anchors = page.locator('a[href]');
  const links: EmailLink[] = [];
  for (let index = 0; index < (await anchors.count()); index += 1) {
    const anchor = anchors.nth(index);
    if (!(await anchor.isVisible())) continue;
    const href = (await anchor.getAttribute('href')) ?? '';
    const text = ((await anchor.getAttribute('data-line')) || (await anchor.innerText()) || (await anchor.getAttribute('title')) || '').trim();
    links.push({ index, href, text });
  }
  return links;
}

async function confirmButton(page: Page, words: UnsubscribeWords) {
  for (const candidate of [page.getByRole('button', { name: words.confirmButton }), page.getByRole('link', { name: words.confirmButton })]) {
    const visible = candidate.filter({ visible: true });
    if ((await visible.count()) > 0) return visible.first();
  }
  return undefined;
}

/** An unsubscribe page that asks "which address?" gets the address the email came to. */
async function fillAddressIfAsked(page: Page, address: string): Promise<void> {
  const field = page.locator('input[type=email], input[name*=mail i]').filter({ visible: true });
  if ((await field.count()) > 0 && (await field.first().inputValue()) === '') await field.first().fill(address);
}

async function confirmed(parts: Parts, unsubscribedAt: Date): Promise<Date> {
  await parts.notebook.evidence(`${parts.target.name} confirms the unsubscribe`, await parts.page.screenshot({ fullPage: true }), 'image/png');
  return unsubscribedAt;
}

function failed(response: Response | null | undefined): boolean {
  return response !== null && response !== undefined && response.status() >= 400;
}

async function says(page: Page, words: RegExp): Promise<boolean> {
  return page.getByText(words).filter({ visible: true }).count().then((count) => count > 0);
}

async function asksToSignIn(page: Page): Promise<boolean> {
  const passwordFields = await page.locator('input[type=password]').count();
  return passwordFields > 0 || SIGN_IN.test(new URL(page.url()).pathname);
}

async function headline(page: Page): Promise<string> {
  const heading = page.getByRole('heading').first();
  return (await heading.count()) > 0 ? (await heading.innerText()).trim() : await page.title();
}

/**
 * A plain-text email as a mail app shows it: addresses become links, and each link is read with
 * the words of its line ("Unsubscribe: https://…"), as the customer reads it.
 */
function plainTextAsShown(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => {
    const words = escapeHtml(line.replace(URL_IN_TEXT, ' ').trim());
    return escapeHtml(line).replace(URL_IN_TEXT, (url) => `<a href="${url}" data-line="${words}">${url}</a>`);
  });
  return `<pre style="white-space: pre-wrap">${lines.join('\n')}</pre>`;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function describeLinks(links: EmailLink[]): string {
  if (links.length === 0) return 'none';
  return links.slice(-6).map((link) => `"${link.text}"`).join(', ');
}

async function missingLink(parts: Parts, observed: string, ...evidence: Awaited<ReturnType<Notebook['evidence']>>[]): Promise<never> {
  return parts.notebook.broken({
    kind: 'unsubscribe-broken',
    customerImpact: `I cannot find how to unsubscribe in ${parts.target.name}'s email`,
    expected: 'A visible unsubscribe link at the bottom of every marketing email',
    observed,
    evidence,
  });
}

async function brokenPage(parts: Parts, observed: string): Promise<never> {
  const screenshot = await parts.notebook.evidence('where the unsubscribe link led', await parts.page.screenshot({ fullPage: true }), 'image/png');
  return parts.notebook.broken({
    kind: 'unsubscribe-broken',
    customerImpact: `The unsubscribe link in ${parts.target.name}'s email does not unsubscribe me`,
    expected: 'The link unsubscribes me without signing in, and says so',
    observed,
    evidence: [screenshot],
  });
}
