import { writeFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';

/**
 * A full-page screenshot with every form field blacked out, so that no card number or password is
 * ever kept: a picture cannot be masked after the fact, as the reports' text is.
 */
export function maskedScreenshot(page: Page): Promise<Buffer> {
  return page.screenshot({ fullPage: true, mask: [page.locator('input')] });
}

/**
 * Playwright's own failure screenshot would show what the shopper typed (screenshot: 'off' in
 * playwright.config.ts); this one is taken in its place, masked, under the same name, so that the
 * reports find it as before. `broken`: findings recorded, which fail the scenario only later.
 */
export async function attachMaskedFailureScreenshot(page: Page, testInfo: TestInfo, broken: boolean): Promise<void> {
  if ((!broken && testInfo.status === testInfo.expectedStatus) || page.isClosed()) return;
  // Kept beside the trace, as Playwright keeps its own: the report links it there.
  const file = testInfo.outputPath('test-failed-masked.png');
  const body = await maskedScreenshot(page).catch(() => undefined); // a crashed page has nothing to show
  if (!body) return;
  await writeFile(file, body);
  await testInfo.attach('screenshot', { path: file, contentType: 'image/png' });
}
