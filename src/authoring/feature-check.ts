import path from 'node:path';
import type { Feature, Scenario, Step, Tag } from '@cucumber/messages';
import { parseGherkin } from '../catalogue/parse-gherkin.ts';
import { featureTagProblems, unknownTagReason } from './journey-tag-rules.ts';
import type { StepDefinition } from './step-definitions.ts';
import { StepMatcher } from './step-matcher.ts';

/** One problem in a feature file, where an editor can jump to it. */
export interface FeatureProblem {
  file: string;
  line: number;
  message: string;
}

export interface FeatureCheckInput {
  /** The feature file's path as it should be printed, and its text. */
  file: string;
  text: string;
}

/**
 * Checks one feature file as a QA engineer's editor would want it checked: Gherkin syntax, the
 * journey tags (known, required ones present, @journey matching the file name), and every step
 * matching exactly one step definition.
 */
export function checkFeature({ file, text }: FeatureCheckInput, definitions: readonly StepDefinition[], schedules: readonly string[]): FeatureProblem[] {
  const { feature, errors } = parseGherkin(text);
  if (errors.length > 0) return errors.map((error) => ({ file, line: error.line, message: `invalid Gherkin (column ${error.column}): ${error.message}` }));
  if (!feature) return [{ file, line: 1, message: 'no "Feature:" in this file' }];
  const at = (line: number, message: string): FeatureProblem => ({ file, line, message });
  return [
    ...featureTagProblems(feature.tags.map((tag) => tag.name)).map((message) => at(feature.location.line, message)),
    ...journeyIdProblems(feature, file).map((message) => at(feature.location.line, message)),
    ...tagsOf(feature).flatMap((tag) => {
      const reason = unknownTagReason(tag.name, schedules);
      return reason ? [at(tag.location.line, reason)] : [];
    }),
    ...stepProblems(feature, new StepMatcher(definitions)).map(({ line, message }) => at(line, message)),
  ].sort((a, b) => a.line - b.line);
}

/** "features/x.feature:12: message", the form editors and terminals link. */
export function formatFeatureProblem(problem: FeatureProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

function journeyIdProblems(feature: Feature, file: string): string[] {
  const expected = path.basename(file, '.feature');
  const ids = feature.tags.filter((tag) => tag.name.startsWith('@journey:')).map((tag) => tag.name.slice('@journey:'.length));
  return ids.filter((id) => id !== expected).map((id) => `@journey:${id} does not match the file name: call the file ${id}.feature, or tag it @journey:${expected}`);
}

/** Every tag in the file: the feature's, its rules', scenarios' and examples'. */
function tagsOf(feature: Feature): readonly Tag[] {
  const scenarioTags = (scenario: Scenario) => [...scenario.tags, ...scenario.examples.flatMap((examples) => examples.tags)];
  return [
    ...feature.tags,
    ...feature.children.flatMap((child) => [
      ...(child.scenario ? scenarioTags(child.scenario) : []),
      ...(child.rule ? [...child.rule.tags, ...child.rule.children.flatMap((ruleChild) => (ruleChild.scenario ? scenarioTags(ruleChild.scenario) : []))] : []),
    ]),
  ];
}

function stepProblems(feature: Feature, matcher: StepMatcher): Array<{ line: number; message: string }> {
  return stepsOf(feature).flatMap(({ step, text }) => {
    const matches = matcher.matches(text);
    const written = `"${step.keyword.trim()} ${text}"`;
    if (matches.length === 0) return [{ line: step.location.line, message: `undefined step ${written}: no step definition matches it (see docs/steps.md or "mystery-shopper steps")` }];
    if (matches.length > 1) {
      const where = matches.map((definition) => `${definition.file}:${definition.line}`).join(', ');
      return [{ line: step.location.line, message: `ambiguous step ${written}: ${matches.length} step definitions match it (${where})` }];
    }
    return [];
  });
}

/** Every step with the text it runs as: a scenario outline's step once per row of its examples. */
export function stepsOf(feature: Feature): Array<{ step: Step; text: string }> {
  const children = feature.children.flatMap((child) => (child.rule ? child.rule.children : [child]));
  return children.flatMap((child) => {
    if (child.background) return child.background.steps.map((step) => ({ step, text: step.text }));
    if (!child.scenario) return [];
    const rows = outlineRows(child.scenario);
    return child.scenario.steps.flatMap((step) => rows.map((row) => ({ step, text: step.text.replace(/<([^>]+)>/g, (whole, name: string) => row[name] ?? whole) })));
  });
}

/** The values of each examples row by column name; one empty row for a plain scenario. */
function outlineRows(scenario: Scenario): Array<Record<string, string>> {
  const rows = scenario.examples.flatMap((examples) => {
    const names = examples.tableHeader?.cells.map((cell) => cell.value) ?? [];
    return examples.tableBody.map((row) => Object.fromEntries(row.cells.map((cell, index) => [names[index], cell.value])));
  });
  return rows.length > 0 ? rows : [{}];
}
