import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const USAGE = `node --import tsx tests/check-dependencies.ts [--baseline [--accept-new]]
  (no flag)     check the imports against the rules of .dependency-cruiser.cjs: fails on a violation
                that is not in .dependency-cruiser-known-violations.json, and on a known one that is gone
                (take it off the list with --baseline, so that it cannot come back unnoticed)
  --baseline    rewrite .dependency-cruiser-known-violations.json from the violations there are now;
                refuses to add one unless --accept-new (the baseline may only shrink)`;

/** What the guard reads: the wiring at the root and every folder of code (bench/ is followed where tests import it). */
const FOLDERS = ['bin', 'wiring', 'src', 'journeys', 'steps', 'demo', 'labs', 'tests'];
export const CONFIG_FILE = '.dependency-cruiser.cjs';
export const BASELINE_FILE = '.dependency-cruiser-known-violations.json';

/** One violation as dependency-cruiser reports it (`summary.violations` of its json output, and its baseline). */
export interface Violation {
  type: string;
  from: string;
  to: string;
  rule: { name: string; severity: string };
  cycle?: { name: string }[];
}

export interface DependencyCheck {
  /** Violations the baseline does not list: each fails the check. */
  added: Violation[];
  /** Violations the baseline lists and that are still there. */
  known: Violation[];
  /** Baseline entries that no longer occur: fixed, to be taken off the list. */
  gone: Violation[];
  modules: number;
  imports: number;
  seconds: number;
  /** The report to print: one line when all is well, each new violation (rule, from → to, what to do) when not. */
  text: string;
  ok: boolean;
}

interface Cruise {
  violations: Violation[];
  comments: Map<string, string>;
  modules: number;
  imports: number;
}

/**
 * The layer guard behind `npm run deps`, and beside the tests in `npm test` and `npm run test:quick`:
 * dependency-cruiser with the rules of .dependency-cruiser.cjs, where the known violations
 * (.dependency-cruiser-known-violations.json) are counted but do not fail, new ones fail with the
 * rule's name, the import (from → to) and the rule's comment, and a known one that is gone fails
 * until the baseline is regenerated, so that the baseline only ever shrinks.
 */
export async function checkDependencies(root: string, folders = FOLDERS): Promise<DependencyCheck> {
  const started = Date.now();
  const baseline = await readBaseline(root);
  const cruise = await cruiseImports(root, await inputsOf(root, folders));
  const present = new Set(cruise.violations.map(keyOf));
  const listed = new Set(baseline.map(keyOf));
  const added = cruise.violations.filter((violation) => !listed.has(keyOf(violation)));
  const known = cruise.violations.filter((violation) => listed.has(keyOf(violation)));
  const gone = baseline.filter((violation) => !present.has(keyOf(violation)));
  const seconds = (Date.now() - started) / 1000;
  const ok = added.length === 0 && gone.length === 0;
  return { added, known, gone, modules: cruise.modules, imports: cruise.imports, seconds, ok, text: report({ added, known, gone, cruise, seconds }) };
}

/** Rewrites the baseline from the violations there are now; refuses to add one unless acceptNew. */
export async function writeBaseline(root: string, acceptNew: boolean, folders = FOLDERS): Promise<{ text: string; ok: boolean }> {
  const check = await checkDependencies(root, folders);
  if (check.added.length > 0 && !acceptNew) {
    return {
      ok: false,
      text:
        `${check.text}\n\nThe baseline was not rewritten: it lists the violations to remove and may only shrink. Fix the ` +
        `import${check.added.length > 1 ? 's' : ''} above; only when a file that already broke a rule was renamed or moved, ` +
        `accept it with \`npm run deps:baseline -- --accept-new\`.`,
    };
  }
  const violations = [...check.known, ...check.added].map(({ type, from, to, rule, cycle }) => ({ type, from, to, rule, ...(cycle ? { cycle } : {}) }));
  violations.sort((a, b) => a.rule.name.localeCompare(b.rule.name) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  await writeFile(path.join(root, BASELINE_FILE), `${JSON.stringify(violations, null, 2)}\n`);
  return {
    ok: true,
    text:
      `${BASELINE_FILE}: ${violations.length} known violation${violations.length === 1 ? '' : 's'} ` +
      `(${check.gone.length} gone since the last baseline${check.added.length > 0 ? `, ${check.added.length} accepted as new` : ''})` +
      `${violations.length > 0 ? `: ${countByRule(violations)}` : ''}.`,
  };
}

/** The rule and its import(s): cycles by their members, others by from → to. Line numbers play no part, so editing a file keeps its known violations known. */
function keyOf(violation: Violation): string {
  if (violation.cycle) return `${violation.rule.name} cycle ${[...new Set([violation.from, ...violation.cycle.map(({ name }) => name)])].sort().join(' ')}`;
  return `${violation.rule.name} ${violation.from} → ${violation.to}`;
}

function report({ added, known, gone, cruise, seconds }: { added: Violation[]; known: Violation[]; gone: Violation[]; cruise: Cruise; seconds: number }): string {
  const counted = `${cruise.modules} modules, ${cruise.imports} imports, ${seconds.toFixed(1)} s`;
  const left = known.length === 0 ? 'no known violations left' : `${known.length} known violation${known.length === 1 ? '' : 's'} left to remove (${BASELINE_FILE}): ${countByRule(known)}`;
  const lines: string[] = [];
  if (added.length === 0 && gone.length === 0) return `Dependency rules (${CONFIG_FILE}): no new violation (${counted}); ${left}.`;
  if (added.length > 0) {
    lines.push(`Dependency rules (${CONFIG_FILE}): ${added.length} new violation${added.length === 1 ? '' : 's'} (${counted}):`);
    // Each import on a line of its own, naming its rule; then, once per rule, what the rule is for and what to do instead.
    const byRule = new Map<string, Violation[]>();
    for (const violation of added) byRule.set(violation.rule.name, [...(byRule.get(violation.rule.name) ?? []), violation]);
    for (const [rule, violations] of byRule) {
      lines.push('', ...violations.map((violation) => `  ✗ ${rule}: ${describeImport(violation)}`));
      const comment = cruise.comments.get(rule);
      if (comment) lines.push(...wrap(`${rule}: ${comment}`, 96).map((line) => `    ${line}`));
    }
  }
  if (gone.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(
      `Dependency rules: ${gone.length} known violation${gone.length === 1 ? ' is' : 's are'} gone, well done; take ${gone.length === 1 ? 'it' : 'them'} off ` +
        `${BASELINE_FILE} with \`npm run deps:baseline\`, so that ${gone.length === 1 ? 'it' : 'they'} cannot come back unnoticed:`,
      ...gone.map((violation) => `  ${violation.rule.name}: ${describeImport(violation)}`),
    );
  }
  lines.push('', `Still known: ${left}.`);
  return lines.join('\n');
}

function describeImport(violation: Violation): string {
  if (violation.cycle) return [violation.from, ...violation.cycle.map(({ name }) => name)].join(' → ');
  return `${violation.from} → ${violation.to}`;
}

function countByRule(violations: Violation[]): string {
  const counts = new Map<string, number>();
  for (const { rule } of violations) counts.set(rule.name, (counts.get(rule.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, count]) => `${name} ${count}`).join(', ');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

async function readBaseline(root: string): Promise<Violation[]> {
  try {
    return JSON.parse(await readFile(path.join(root, BASELINE_FILE), 'utf8')) as Violation[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The folders that exist, and the wiring files at the root: playwright*.config.ts, mystery-shopper.config.ts. */
async function inputsOf(root: string, folders: string[]): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const names = new Set(entries.map((entry) => entry.name));
  const wiring = entries.filter((entry) => entry.isFile() && /^(playwright.*|mystery-shopper)\.config\.ts$/.test(entry.name)).map((entry) => entry.name);
  return [...folders.filter((folder) => names.has(folder)), ...wiring.sort()];
}

/** Cruises the imports in-process with dependency-cruiser's API (all violations, none ignored: the baseline is compared here). */
async function cruiseImports(root: string, inputs: string[]): Promise<Cruise> {
  const options = await extractDepcruiseOptions(path.join(root, CONFIG_FILE));
  // The config names tsconfig.json relative to where it is: from the root, wherever the process runs.
  const tsConfig = path.join(root, options.tsConfig?.fileName ?? 'tsconfig.json');
  const { output } = await cruise(inputs, { ...options, baseDir: root, tsConfig: { fileName: tsConfig } }, {}, { tsConfig: extractTSConfig(tsConfig) });
  if (typeof output === 'string') throw new Error(`dependency-cruiser answered with text, not a result: ${output.slice(0, 200)}`);
  const { summary } = output;
  const comments = new Map((summary.ruleSetUsed?.forbidden ?? []).flatMap((rule) => (rule.name && rule.comment ? [[rule.name, rule.comment] as const] : [])));
  return { violations: summary.violations as Violation[], comments, modules: summary.totalCruised, imports: summary.totalDependenciesCruised ?? 0 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { baseline: { type: 'boolean', default: false }, 'accept-new': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const root = path.resolve(import.meta.dirname, '..');
  try {
    const outcome = values.baseline ? await writeBaseline(root, values['accept-new']) : await checkDependencies(root);
    console.log(outcome.text);
    process.exitCode = outcome.ok ? 0 : 1;
  } catch (error) {
    console.error(`The dependency check could not run: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
