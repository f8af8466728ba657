import { expect, type Page } from '@playwright/test';
import { fillSecret } from '../../../src/channels/web/fill-secret.ts';
import type { AuditTarget } from '../../../src/runtime/audit-target.ts';
import type { NewsletterPages } from '../../unsubscribe/newsletter-pages.ts';
import { pageAddress } from './page-address.ts';

const CONSENT = /offer|newsletter|marketing|news|promotion/i;
const SUBMIT = /subscribe|sign ?up|join|register|submit/i;
const CONFIRMATION = /thank|subscribed|welcome|confirm|check your (inbox|e-?mail)/i;

/** Signs up on any newsletter form, as a person reading its labels would. */
export function genericNewsletter(target: AuditTarget): NewsletterPages {
  return {
    async subscribe(page, webUrl, shopper) {
      await page.goto(pageAddress(target, 'newsletterSignUp', webUrl));
      await page.getByLabel(/e-?mail/i).first().fill(shopper.email);
      await fillIfPresent(page, /^(first )?name|your name/i, shopper.name);
      // Some sign-ups open an account; the password is a throw-away one of this scenario.
      const password = page.getByLabel(/password/i).first();
      if ((await password.count()) > 0) await fillSecret(password, shopper.password);
      const consent = page.getByRole('checkbox', { name: CONSENT });
      if ((await consent.count()) > 0) await consent.first().check();
      await page.getByRole('button', { name: SUBMIT }).first().click();
      await expect(page.getByText(CONFIRMATION).first()).toBeVisible();
    },
  };
}

async function fillIfPresent(page: Page, label: RegExp, value: string): Promise<void> {
  const field = page.getByLabel(label);
  if ((await field.count()) > 0) await field.first().fill(value);
}
