import { expect } from '@playwright/test';
import type { AuditTarget } from '../../../src/runtime/audit-target.ts';
import { caseReferenceIn } from '../../../src/text/case-reference.ts';
import type { SupportPages } from '../../enquiry-answered/support-pages.ts';
import { ConfigError } from '../../../src/config/config-error.ts';
import { pageAddress } from './page-address.ts';

const SEND = /send|submit|contact us/i;
const RECEIPT = /thank|received|got your message|we will (get back|reply|answer)|case|ticket/i;

/** Customer service as configured: its address, and any contact form read by its labels. */
export function genericSupport(target: AuditTarget): SupportPages {
  return {
    async supportAddress(page, webUrl) {
      if (target.website?.supportAddress) return target.website.supportAddress;
      if (!webUrl) throw new ConfigError(`targets.${target.id}.website.supportAddress is not set, nor a webUrl to find the address on`);
      await page.goto(pageAddress(target, 'contactForm', webUrl));
      const href = await page.locator('a[href^="mailto:"]').first().getAttribute('href');
      const address = /^mailto:([^?]+)/i.exec(href ?? '')?.[1];
      if (!address) throw new Error(`targets.${target.id}.website.supportAddress is not set and ${page.url()} shows no email address`);
      return decodeURIComponent(address);
    },

    async sendContactForm(page, webUrl, message) {
      await page.goto(pageAddress(target, 'contactForm', webUrl));
      await page.getByLabel(/name/i).first().fill(message.name);
      await page.getByLabel(/e-?mail/i).first().fill(message.email);
      const subject = page.getByLabel(/subject|topic/i);
      if ((await subject.count()) > 0) await subject.first().fill(message.subject);
      await page.getByLabel(/message|question|enquiry|inquiry|how can we help/i).first().fill(message.message);
      const sentAt = new Date();
      await page.getByRole('button', { name: SEND }).first().click();
      await expect(page.getByText(RECEIPT).first()).toBeVisible();
      return { sentAt, caseReference: caseReferenceIn(await page.locator('body').innerText()) };
    },
  };
}
