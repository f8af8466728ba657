import { label } from 'allure-js-commons';
import type { DegradationKind, FindingKind } from './kinds.ts';

/** Allure label names the Allure report files scenarios by (see src/reports/allure-categories.ts). */
export const ALLURE_LABEL = { finding: 'finding', degradation: 'degradation' } as const;

/** Labels the scenario's Allure result with what it met, so that Allure files it under that category. */
export async function labelForAllure(name: keyof typeof ALLURE_LABEL, kind: FindingKind | DegradationKind): Promise<void> {
  await label(ALLURE_LABEL[name], kind);
}
