import { editDistance } from '../text/closest-words.ts';
import { journeyNames } from './journey-names.ts';
import type { StepDefinition } from './step-definitions.ts';

/**
 * The existing steps nearest to an undefined step's text, nearest first: "did you mean" with
 * where each is defined. Parameters are compared as what they stand for ("{string}" as a quoted value).
 */
export function closestSteps(text: string, definitions: readonly StepDefinition[], limit = 2): StepDefinition[] {
  const wanted = comparable(text);
  const within = Math.max(3, Math.floor(wanted.length / 3));
  return definitions
    .map((definition) => ({ definition, distance: editDistance(wanted, comparable(definition.phrase)) }))
    .filter(({ distance }) => distance <= within)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ definition }) => definition);
}

/**
 * A step definition for an undefined step, in the project's own style: its `@channel` comment
 * (the checks of npm test want one) and the journey's fixture, whose action is left to write.
 */
export function stepSnippet(keyword: string, text: string, journeyId: string, channel: string): string {
  const { camel } = journeyNames(journeyId);
  const values: string[] = [];
  const phrase = text
    .replace(/"[^"]*"/g, () => (values.push('text'), '{string}'))
    .replace(/(?<![\w{])\d+(?![\w}])/g, () => (values.push('count'), '{int}'));
  const names = values.map((name, index) => (values.indexOf(name) === index ? name : `${name}${index + 1}`));
  const parameters = names.length > 0 ? `, ${names.join(', ')}` : '';
  const step = ['Given', 'When', 'Then'].includes(keyword) ? keyword : 'When';
  return [
    `/** @channel ${channel} */`,
    `${step}('${phrase.replace(/'/g, "\\'")}', async ({ ${camel} }${parameters}) => {`,
    `  // What the shopper does, in journeys/${journeyId}/${journeyId}-journey.ts`,
    `});`,
  ].join('\n');
}

function comparable(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/"[^"]*"|\{string\}/g, '"…"')
    .replace(/\b\d+\b|\{int\}|\{float\}/g, '0');
}
