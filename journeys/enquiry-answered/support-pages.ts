import type { Page } from '@playwright/test';

/** What the customer writes in a contact form. */
export interface ContactFormMessage {
  name: string;
  email: string;
  subject: string;
  message: string;
}

/** What the website says once the form is sent. */
export interface ContactFormReceipt {
  /** Just before the form was submitted: response times are measured from here. */
  sentAt: Date;
  /** The case or ticket reference the confirmation shows, if any. */
  caseReference?: string;
}

/** What the enquiry-answered journey needs from a website. */
export interface SupportPages {
  /** The email address the company gives for customer service; the website is read only when it must be. */
  supportAddress(page: Page, webUrl: string | undefined): Promise<string>;
  /** Sends the message with the website's contact form; leaves the page on its confirmation. */
  sendContactForm(page: Page, webUrl: string, message: ContactFormMessage): Promise<ContactFormReceipt>;
}
