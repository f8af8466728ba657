import { expect } from '@playwright/test';
import { caseReferenceIn } from '../../../src/text/case-reference.ts';
import type { SupportPages } from '../../enquiry-answered/support-pages.ts';

export const support: SupportPages = {
  async supportAddress(page, webUrl) {
    if (!webUrl) throw new Error('The demo shop gives its support address on its website, and the target has no webUrl');
    await page.goto(new URL('/contact', webUrl).href);
    const href = await page.getByRole('main').getByRole('link', { name: /@/ }).first().getAttribute('href');
    const address = /^mailto:([^?]+)/i.exec(href ?? '')?.[1];
    if (!address) throw new Error(`The contact page ${page.url()} gives no email address (link: ${href ?? 'none'})`);
    return decodeURIComponent(address);
  },

  async sendContactForm(page, webUrl, message) {
    await page.goto(new URL('/contact', webUrl).href);
    await page.getByLabel('Your name').fill(message.name);
    await page.getByLabel('Email address').fill(message.email);
    await page.getByLabel('Subject').fill(message.subject);
    await page.getByLabel('Your message').fill(message.message);
    const sentAt = new Date();
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/we got your message/i);
    return { sentAt, caseReference: caseReferenceIn(await page.getByRole('main').innerText()) };
  },
};
