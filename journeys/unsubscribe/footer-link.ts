import type { Page } from '@playwright/test';
import type { ReceivedEmail } from '../../src/channels/mailbox/mailbox.ts';
import type { Notebook } from '../../src/findings/notebook.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import type { OriginPolicy } from '../../src/safety/origin-policy.ts';

interface Parts {
  page: Page;
  notebook: Notebook;
  target: AuditTarget;
  origins: OriginPolicy;
}

const UNSUBSCRIBE_LINK = /unsubscribe|opt[ -]?out|stop (these|receiving)/i;
const CONFIRM_BUTTON = /unsubscribe|confirm|opt[ -]?out/i;
const CONFIRMATION = /unsubscribed|no longer receive|removed from|opted out/i;
const SIGN_IN = /sign[ -]?in|log[ -]?in/i;

/** Opens the email as the customer sees it and finds the unsubscribe link at the bottom. */
export async function findFooterLink(email: ReceivedEmail, parts: Parts): Promise<string> {
  const { page, notebook, origins } = parts;
  if (!email.html) return missingLink(parts, 'The email has no HTML body to show a link in');
  await page.setContent(email.html);
  const link = page.getByRole('link', { name: UNSUBSCRIBE_LINK }).last();
  if ((await link.count()) === 0 || !(await link.isVisible())) {
    const screenshot = await notebook.evidence('the email as shown', await page.screenshot({ fullPage: true }), 'image/png');
    return missingLink(parts, 'No visible unsubscribe link in the email', screenshot);
  }
  await link.scrollIntoViewIfNeeded();
  await notebook.evidence('the email with its unsubscribe link', await page.screenshot({ fullPage: true }), 'image/png');
  const href = await link.getAttribute('href');
  if (!href) return missingLink(parts, 'The unsubscribe link has no address');
  origins.require(href, 'follow the unsubscribe link to');
  return href;
}

/** Follows the link, confirms on the company's page, and returns the moment it said done. */
export async function followFooterLink(email: ReceivedEmail, parts: Parts): Promise<Date> {
  const { page, notebook, target } = parts;
  const href = await findFooterLink(email, parts);
  await page.goto(href);
  if (await asksToSignIn(page)) return brokenPage(parts, `The unsubscribe link asked me to sign in (${page.url()})`);
  const confirm = page.getByRole('button', { name: CONFIRM_BUTTON });
  if ((await confirm.count()) > 0) await confirm.first().click();
  const unsubscribedAt = new Date();
  const confirmed = page.getByText(CONFIRMATION).first();
  if (!(await confirmed.isVisible())) {
    return brokenPage(parts, `The page never confirmed I was unsubscribed (${page.url()}: "${await headline(page)}")`);
  }
  await notebook.evidence(`${target.name} confirms the unsubscribe`, await page.screenshot({ fullPage: true }), 'image/png');
  return unsubscribedAt;
}

async function asksToSignIn(page: Page): Promise<boolean> {
  const passwordFields = await page.locator('input[type=password]').count();
  return passwordFields > 0 || SIGN_IN.test(new URL(page.url()).pathname);
}

async function headline(page: Page): Promise<string> {
  const heading = page.getByRole('heading').first();
  return (await heading.count()) > 0 ? (await heading.innerText()).trim() : await page.title();
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
