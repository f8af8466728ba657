import parseTagExpression from '@cucumber/tag-expressions';
import type { JourneyEntry } from '../catalogue/journey-catalogue.ts';
import { ConfigError } from '../config/config-error.ts';
import { closestWords } from '../text/closest-words.ts';

export interface Selection {
  /** --journey, each id already known to exist. */
  journeys: string[];
  /** --tags as given. */
  tags?: string;
  /** The expression the run hands bddgen: --journey and --tags together. */
  combined?: string;
  /** --grep as given. */
  grep?: string;
}

/** The journey with this id, or a ConfigError naming the ids there are. */
export function findJourney(catalogue: JourneyEntry[], id: string): JourneyEntry {
  const journey = catalogue.find((entry) => entry.id === id);
  if (!journey) {
    const known = catalogue.map((entry) => entry.id);
    const nearest = closestWords(id, known, 1);
    throw new ConfigError(`Unknown journey "${id}"${nearest.length > 0 ? `, did you mean "${nearest[0]}"?` : ''}; known journeys: ${known.join(', ')}`);
  }
  return journey;
}

/**
 * Refuses, as one line naming the flag, a selection that is malformed or matches no scenario:
 * an audit of nothing would write an empty report that passes, and a typo in a schedule's tag
 * would stay green forever. Scenarios are matched as the run matches them: by their feature's,
 * rule's and own tags, and --grep by the journey's file, name, scenario name and tags.
 */
export function checkSelection(catalogue: readonly JourneyEntry[], selection: Selection): void {
  if (selection.tags !== undefined) parsedTags('--tags', selection.tags);
  const expression = selection.combined ? parsedTags('--tags', selection.combined) : undefined;
  const grep = selection.grep !== undefined ? grepOption(selection.grep) : undefined;
  const selected = catalogue.flatMap((journey) =>
    journey.scenarios.filter(
      (scenario) =>
        (!expression || expression.evaluate(scenario.tags)) && (!grep || grep.test([journey.file, journey.name, scenario.name, ...scenario.tags].join(' '))),
    ),
  );
  if (selected.length > 0) return;
  const flags = [
    selection.journeys.length > 0 ? `--journey ${selection.journeys.join(' --journey ')}` : '',
    selection.tags !== undefined ? `--tags "${selection.tags}"` : '',
    selection.grep !== undefined ? `--grep "${selection.grep}"` : '',
  ].filter(Boolean);
  const what = flags.length > 0 ? flags.join(' with ') : 'the run';
  throw new ConfigError(`${what} selects no scenario${unknownTagsHint(catalogue, selection.tags)}; nothing was run and the last report is left as it was`);
}

/** "(no scenario is tagged @schedule:dayly; did you mean @schedule:daily?)" for each tag no scenario has. */
function unknownTagsHint(catalogue: readonly JourneyEntry[], tags: string | undefined): string {
  if (!tags) return '';
  const known = [...new Set(catalogue.flatMap((journey) => journey.scenarios.flatMap((scenario) => scenario.tags)))];
  const unknown = [...new Set(tags.match(/@[^\s()]+/g) ?? [])].filter((tag) => !known.includes(tag));
  if (unknown.length === 0) return '';
  const hints = unknown.map((tag) => {
    const nearest = closestWords(tag, known, 1);
    return `no scenario is tagged ${tag}${nearest.length > 0 ? `: did you mean ${nearest[0]}?` : ''}`;
  });
  return ` (${hints.join('; ')})`;
}

/** A Cucumber tag expression, or a ConfigError naming the flag it came from. */
export function parsedTags(flag: string, tags: string): ReturnType<typeof parseTagExpression> {
  try {
    return parseTagExpression(tags);
  } catch (error) {
    throw new ConfigError(`${flag} "${tags}" is not a tag expression: ${(error as Error).message.split('\n')[0]!.replace(/^Tag expression ".*" could not be parsed because of /, '')}`);
  }
}

/** --grep as a regular expression, or a ConfigError naming the flag. */
export function grepOption(text: string): RegExp {
  try {
    return new RegExp(text);
  } catch (error) {
    throw new ConfigError(`--grep "${text}" is not a regular expression: ${(error as Error).message}`);
  }
}
