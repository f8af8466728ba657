import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { fillSecret } from '../../../src/channels/web/fill-secret.ts';
import type { AuditTarget } from '../../../src/runtime/audit-target.ts';
import { anyOf } from '../../../src/text/word-list.ts';
import type { NewsletterPages } from '../../unsubscribe/newsletter-pages.ts';
import { pageAddress } from './page-address.ts';

// A sign-up form read as a person reads it, in English, German, French, Spanish, Swedish, Finnish,
// Dutch or Italian; a target adds its own words in config (`wording.signUp`, `wording.signedUp`).
const EMAIL = /e-?mail|sähköposti|courriel|correo|e-?post/i;
const NAME = /^(first )?name|your name|^nimi|etunimi|vorname|prénom|nombre|förnamn|voornaam/i;
const CONSENT = anyOf(['offer', 'newsletter', 'marketing', 'news', 'promotion', 'angebot', 'werbung', 'offre', 'actualités', 'oferta', 'novedades', 'erbjudand', 'nyhetsbrev', 'tarjou', 'uutiskirje', 'markkinointi', 'aanbieding', 'nieuwsbrief', 'offert']);
const OTHER_CHANNEL = anyOf(['text', 'sms', 'phone', 'mobile', 'call', 'post', 'letter', 'tekstivie', 'puhel', 'kirje', 'handy', 'telefon', 'téléphone', 'courrier', 'brief', 'teléfono']);
const SUBMIT = ['subscribe', 'sign up', 'join', 'register', 'submit', 'send', 'abonnieren', 'anmelden', "s'abonner", "s'inscrire", 'suscrib', 'prenumerera', 'tilaa', 'liity', 'lähetä', 'aanmelden', 'iscriviti'];
const SIGNED_UP = ['thank', 'subscribed', 'welcome', 'confirm', 'check your inbox', 'check your email', 'danke', 'bestätig', 'merci', 'gracias', 'tack', 'kiitos', 'vahvista', 'tervetuloa', 'bedankt', 'grazie'];

/** Signs up on any newsletter form, as a person reading its labels would. */
export function genericNewsletter(target: AuditTarget): NewsletterPages {
  const submitWords = anyOf(SUBMIT, target.wording.signUp);
  const signedUpWords = anyOf(SIGNED_UP, target.wording.signedUp);
  return {
    async subscribe(page, webUrl, shopper) {
      const address = pageAddress(target, 'newsletterSignUp', webUrl);
      await page.goto(address);
      const email = await emailField(page);
      await email.fill(shopper.email);
      const form = email.locator('xpath=ancestor::form[1]');
      const scope = (await form.count()) > 0 ? form : page.locator('body');
      await fillIfPresent(scope.getByLabel(NAME), shopper.name);
      // Some sign-ups open an account; the password is a throw-away one of this scenario.
      const password = scope.locator('input[type=password]');
      if ((await password.count()) > 0) await fillSecret(password.first(), shopper.password);
      await giveConsent(scope);
      const answers = documentsLoaded(page);
      await (await submitButton(scope, page, submitWords)).click();
      try {
        await expectSignedUp(page, email, signedUpWords, answers, target.timing.pageAction, `${address}: add the page's words to targets.${target.id}.wording.signedUp`);
      } finally {
        answers.stop();
      }
    },
  };
}

async function emailField(page: Page): Promise<Locator> {
  const typed = page.locator('input[type=email]').filter({ visible: true });
  if ((await typed.count()) > 0) return typed.first();
  return page.getByLabel(EMAIL).first();
}

/**
 * The boxes a customer who wants the offers by email ticks: those the form requires, and those
 * about offers, except offers by another channel (texts, calls, post), which would ask for more.
 */
async function giveConsent(scope: Locator): Promise<void> {
  for (const boxes of [scope.locator('input[type=checkbox][required]'), scope.getByRole('checkbox', { name: CONSENT })]) {
    for (let index = 0; index < (await boxes.count()); index += 1) {
      const box = boxes.nth(index);
      if (OTHER_CHANNEL.test(await accessibleName(box))) continue;
      await box.check();
    }
  }
}

async function accessibleName(box: Locator): Promise<string> {
  return box.evaluate((element) => {
    const input = element as HTMLInputElement;
    return Array.from(input.labels ?? [], (label) => label.textContent ?? '').join(' ') || input.getAttribute('aria-label') || '';
  });
}

/** The form's only submit button; among several, the one whose words say sign up. */
async function submitButton(scope: Locator, page: Page, words: RegExp): Promise<Locator> {
  const submits = scope.locator('button[type=submit], input[type=submit], button:not([type])').filter({ visible: true });
  if ((await submits.count()) === 1) return submits.first();
  return page.getByRole('button', { name: words }).first();
}

/**
 * The page thanks the customer in words we know, or the form is gone and the company answered
 * without an error: a page in a language we do not know still took the sign-up. A page that did
 * not load at all (the browser's own error page) took nothing.
 */
async function expectSignedUp(page: Page, email: Locator, words: RegExp, answers: DocumentsLoaded, timeout: number, hint: string): Promise<void> {
  await expect(async () => {
    const thanked = (await page.getByText(words).filter({ visible: true }).count()) > 0;
    const formGone = !(await email.isVisible().catch(() => false));
    const answeredWell = !page.url().startsWith('chrome-error:') && (answers.lastStatus() ?? 200) < 400;
    expect(answeredWell && (thanked || formGone), `the sign-up was not confirmed (${hint})`).toBe(true);
  }).toPass({ timeout });
}

interface DocumentsLoaded {
  /** The HTTP status of the last page the browser loaded since, if any. */
  lastStatus(): number | undefined;
  stop(): void;
}

/** Notes the status of each page the main frame loads from now on. */
function documentsLoaded(page: Page): DocumentsLoaded {
  let status: number | undefined;
  const listener = (response: Response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) status = response.status();
  };
  page.on('response', listener);
  return { lastStatus: () => status, stop: () => void page.off('response', listener) };
}

async function fillIfPresent(field: Locator, value: string): Promise<void> {
  if ((await field.count()) > 0) await field.first().fill(value);
}
