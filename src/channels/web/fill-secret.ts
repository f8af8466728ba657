import type { Locator } from '@playwright/test';

/**
 * Fills a form field with a secret (a password, a card number, a CVC) without naming it:
 * Playwright titles a fill step after its value, and that title reaches the Playwright and Allure
 * reports and the trace's action log; an evaluate is recorded without its argument. The native
 * value setter plus input/change events work for plain and framework-controlled fields alike.
 * The field's value still shows in the trace's page snapshots and the form's request: the scrub
 * reporter masks those (src/reports/scrub-reporter.ts).
 */
export async function fillSecret(field: Locator, secret: string): Promise<void> {
  await field.evaluate((element, value) => {
    const input = element as HTMLInputElement;
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, secret);
}
