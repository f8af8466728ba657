import type { Page } from '@playwright/test';

/** A full-page screenshot with every form field blacked out, so that no card number is ever kept. */
export function maskedScreenshot(page: Page): Promise<Buffer> {
  return page.screenshot({ fullPage: true, mask: [page.locator('input')] });
}
