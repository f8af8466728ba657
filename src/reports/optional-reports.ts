import { booleanEnv } from '../config/env.ts';
import type { MysteryShopperConfig } from '../config/schema.ts';

type OptionalReports = Partial<MysteryShopperConfig['reports']>;

/**
 * The reports a quick run may leave out: the experience report's PDF and Allure (its results and
 * HTML). `run --no-pdf --no-allure` wins, then MYSTERY_SHOPPER_PDF/ALLURE, then the config's
 * `reports` (the run command hands its choice to the Playwright processes in those variables).
 * The experience report's JSON and HTML, JUnit and the Playwright report are always written.
 */
export function pdfWanted(configured: OptionalReports = {}): boolean {
  return booleanEnv('MYSTERY_SHOPPER_PDF', configured.pdf ?? true);
}

export function allureWanted(configured: OptionalReports = {}): boolean {
  return booleanEnv('MYSTERY_SHOPPER_ALLURE', configured.allure ?? true);
}
