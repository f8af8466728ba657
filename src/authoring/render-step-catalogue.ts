import type { StepCatalogueEntry } from './step-catalogue.ts';

/** Where the step catalogue is kept; `npm run docs` (wiring/generate-docs.ts) writes it. */
export const STEP_CATALOGUE_FILE = 'docs/steps.md';

/** docs/steps.md: every step phrase a feature can use, by file, with its parameters, an example and its channels. */
export function renderStepCatalogue(entries: readonly StepCatalogueEntry[]): string {
  const files = [...new Set(entries.map((entry) => entry.file))];
  return [
    '# Step catalogue',
    '',
    '<!-- Generated from the step definitions in steps/ by "npm run docs"; do not edit by hand. -->',
    '',
    'Every phrase a feature file can use, as the step definitions declare it. Write a step exactly like',
    'its phrase: `{int}`, `{word}`, `{string}` stand for a value (see the example), `(n)` is optional',
    'text. In the terminal: `npx mystery-shopper steps [filter]`. A phrase that is not here needs a',
    'step definition of its own: [adding a journey](adding-a-journey.md).',
    '',
    ...files.flatMap((file) => renderFile(file, entries.filter((entry) => entry.file === file))),
  ].join('\n');
}

/** One line per step, for the terminal; parameters and the example only where the phrase has values. */
export function formatStepsForTerminal(entries: readonly StepCatalogueEntry[]): string[] {
  return entries.flatMap((entry) => [
    `${entry.keyword} ${entry.phrase}  [${entry.channels.join(', ') || '—'}]  ${entry.file}:${entry.line}`,
    ...(entry.parameters.length > 0 ? [`    ${parameterText(entry)} — e.g. ${entry.example}`] : []),
  ]);
}

function renderFile(file: string, entries: readonly StepCatalogueEntry[]): string[] {
  return [
    `## ${file}`,
    '',
    '| step | parameters | example | channel | source |',
    '|---|---|---|---|---|',
    ...entries.map((entry) => `| ${cell(`${entry.keyword} ${entry.phrase}`)} | ${cell(parameterText(entry))} | ${exampleCell(entry)} | ${entry.channels.join(', ') || '—'} | [${entry.file.split('/').pop()}:${entry.line}](../${entry.file}#L${entry.line}) |`),
    '',
  ];
}

function parameterText(entry: StepCatalogueEntry): string {
  return entry.parameters.map((parameter) => `{${parameter.type}}${parameter.name ? ` ${parameter.name}` : ''}`).join(', ') || '—';
}

/** A line written exactly like the phrase is not repeated. */
function exampleCell(entry: StepCatalogueEntry): string {
  return entry.example === `${entry.keyword} ${entry.phrase}` ? 'as written' : cell(entry.example);
}

/** Phrases become code in a table cell: pipes escaped, braces kept literal. */
function cell(text: string): string {
  return text === '—' ? text : `\`${text.replace(/\|/g, '\\|')}\``;
}
