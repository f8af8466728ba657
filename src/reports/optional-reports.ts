import { booleanEnv } from '../config/env.ts';

/**
 * The reports a quick run may leave out (`run --no-pdf --no-allure`): the experience report's PDF
 * and Allure (its results and HTML). The experience report's JSON and HTML, JUnit and the
 * Playwright report are always written.
 */
export function pdfWanted(): boolean {
  return booleanEnv('MYSTERY_SHOPPER_PDF', true);
}

export function allureWanted(): boolean {
  return booleanEnv('MYSTERY_SHOPPER_ALLURE', true);
}
