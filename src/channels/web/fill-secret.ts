import type { Locator } from '@playwright/test';

/**
 * Fills a form field with a secret (a card number, a CVC) without naming it: Playwright titles a
 * fill step after its value, and that title reaches every report. The native value setter plus
 * input/change events work for plain and framework-controlled fields alike. A trace still holds
 * the page itself, so traces of runs with real cards must stay private.
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
