import { ALLURE_LABEL } from '../findings/allure-labels.ts';
import { DEGRADATION_KINDS, FINDING_KINDS } from '../findings/kinds.ts';

/** An Allure 3 category rule, as its config takes it (the JSON-safe part of it). */
export interface AllureCategory {
  id: string;
  name: string;
  matchers: { statuses?: AllureStatus[]; labels?: Record<string, string> };
}

type AllureStatus = 'failed' | 'broken' | 'passed' | 'skipped' | 'unknown';

/**
 * Files each scenario in Allure by what it met, the first matching rule winning: one category per
 * finding kind (a broken experience), then "needs maintenance" for any other failure (the journey
 * could not follow the page), then one per degradation kind the Notebook recorded. The Notebook
 * labels the results (see src/findings/allure-labels.ts); the catalogues name the categories.
 */
export function allureCategories(): AllureCategory[] {
  const exactly = (value: string) => `^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
  return [
    ...Object.entries(FINDING_KINDS).map(([kind, description]) => ({
      id: `finding:${kind}`,
      name: `Broken: ${description} (${kind})`,
      matchers: { labels: { [ALLURE_LABEL.finding]: exactly(kind) } },
    })),
    {
      id: 'needs-maintenance',
      name: 'Needs maintenance: the journey could not follow the company’s pages',
      matchers: { statuses: ['failed', 'broken'] },
    },
    ...Object.entries(DEGRADATION_KINDS).map(([kind, description]) => ({
      id: `degradation:${kind}`,
      name: `Degraded: ${description} (${kind})`,
      matchers: { labels: { [ALLURE_LABEL.degradation]: exactly(kind) } },
    })),
  ];
}
