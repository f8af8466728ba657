import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Step } from '@cucumber/messages';
import { parseGherkin } from '../catalogue/parse-gherkin.ts';
import type { LeftOutFeature } from '../runtime/left-out-features.ts';
import { readJourneyTags } from '../catalogue/journey-tags.ts';
import { stepsOf } from './feature-check.ts';
import { closestSteps, stepSnippet } from './step-suggestions.ts';
import type { StepDefinition } from './step-definitions.ts';
import { StepMatcher } from './step-matcher.ts';

/** A feature file bddgen would stop the whole run on: invalid Gherkin, or a step with no definition or several. */
export type UnrunnableFeature = LeftOutFeature;

/**
 * The feature files a run leaves out, so that one typo does not blind the whole audit: the run
 * goes on with the others and reports these journeys as needs-maintenance, with each problem.
 * `npm test`'s feature check (check-project-features.ts) stays strict about every file.
 */
export async function unrunnableFeatures(folder: string, definitions: readonly StepDefinition[]): Promise<UnrunnableFeature[]> {
  const matcher = new StepMatcher(definitions);
  const files = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.feature')).sort();
  const checked = await Promise.all(
    files.map(async (name) => {
      const file = path.relative(process.cwd(), path.join(folder, name)) || name;
      return unrunnable(file, await readFile(path.join(folder, name), 'utf8'), matcher, definitions);
    }),
  );
  return checked.filter((feature): feature is UnrunnableFeature => feature !== undefined);
}

function unrunnable(file: string, text: string, matcher: StepMatcher, definitions: readonly StepDefinition[]): UnrunnableFeature | undefined {
  const { feature, errors } = parseGherkin(text);
  const fallbackId = path.basename(file, '.feature');
  if (errors.length > 0 || !feature) {
    const problems = errors.map((error) => `${file}:${error.line}: invalid Gherkin (column ${error.column}): ${error.message}`);
    return { file, journeyId: fallbackId, journeyName: fallbackId, channels: [], tags: [], problems: problems.length > 0 ? problems : [`${file}:1: no "Feature:" in this file`] };
  }
  const featureTags = feature.tags.map((tag) => tag.name);
  const tags = readJourneyTags(featureTags);
  const journeyId = tags.journey ?? fallbackId;
  // An outline's step once per row of its examples, as bddgen runs it; one problem per step line.
  const seen = new Set<number>();
  const problems = stepsOf(feature).flatMap(({ step, text }) => {
    const problem = seen.has(step.location.line) ? [] : stepProblem(file, step, text, matcher, definitions, journeyId, tags.channels[0] ?? 'web');
    if (problem.length > 0) seen.add(step.location.line);
    return problem;
  });
  if (problems.length === 0) return undefined;
  return { file, journeyId, journeyName: feature.name, ...(tags.owner ? { owner: tags.owner } : {}), ...(tags.severity ? { severity: tags.severity } : {}), channels: tags.channels, tags: featureTags, problems };
}

function stepProblem(file: string, step: Step, text: string, matcher: StepMatcher, definitions: readonly StepDefinition[], journeyId: string, channel: string): string[] {
  const matches = matcher.matches(text);
  const where = `${file}:${step.location.line}`;
  const written = `"${step.keyword.trim()} ${step.text}"`;
  if (matches.length > 1) return [`${where}: ambiguous step ${written}: ${matches.map((definition) => `${definition.file}:${definition.line}`).join(', ')} all match it`];
  if (matches.length === 1) return [];
  const nearest = closestSteps(text, definitions);
  const hint = nearest.length > 0 ? ` Did you mean ${nearest.map((definition) => `"${definition.phrase}" (${definition.file}:${definition.line})`).join(' or ')}?` : '';
  return [`${where}: undefined step ${written}.${hint} Or define it:\n${stepSnippet(step.keyword.trim(), step.text, journeyId, channel)}`];
}
