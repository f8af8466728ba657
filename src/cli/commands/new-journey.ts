import { readFile } from 'node:fs/promises';
import { checkFeature, formatFeatureProblem } from '../../authoring/feature-check.ts';
import { checkJourneyId } from '../../authoring/journey-id.ts';
import { CHANNELS, SEVERITIES } from '../../authoring/journey-tag-rules.ts';
import { DEFAULT_OWNER, scaffoldJourney, type NewJourneyOptions } from '../../authoring/scaffold-journey.ts';
import { readStepDefinitions } from '../../authoring/step-definitions.ts';
import { writeNewFiles } from '../../authoring/write-new-files.ts';
import { readJourneyCatalogue } from '../../catalogue/journey-catalogue.ts';
import { ConfigError } from '../../config/config-error.ts';
import { loadConfig } from '../../config/load-config.ts';
import { featuresDir } from '../../runtime/paths.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parseOptions } from '../parse-options.ts';
import { newAdapterCommand, NEW_ADAPTER_USAGE } from './new-adapter.ts';

export const NEW_JOURNEY_USAGE = `mystery-shopper new journey <id> [options]
  Creates features/<id>.feature with its tags and a first scenario made of existing steps, which
  runs against the demo company at once, then prints what is left to fill in.
  Writes only new files: when one exists already, it writes nothing.
  --name <title>          the feature's title (default: from the id)
  --channel <a,b>         ${CHANNELS.join(', ')} (default: web,email); the first picks the first scenario
  --owner <team>          the team that owns it (default: ${DEFAULT_OWNER})
  --severity <level>      ${SEVERITIES.join(', ')} (default: medium)
  --schedule <name>       a schedule of mystery-shopper.config.ts (default: daily)
  --steps                 also steps/<id>.steps.ts and journeys/<id>/<id>-journey.ts, with a first
                          step of its own that says "Not written yet" until you write it
  --adapter               also a page interface and the demo company's adapter for it (implies --steps)
  Example: mystery-shopper new journey gift-card-balance --channel web,email --owner payments

${NEW_ADAPTER_USAGE}`;

export async function newCommand([kind, ...args]: string[]): Promise<ExitCode> {
  if (kind === 'adapter') return newAdapterCommand(args);
  if (kind !== 'journey') throw new ConfigError(`"new ${kind ?? ''}": create a journey or an adapter, e.g. "mystery-shopper new journey gift-card-balance" or "mystery-shopper new adapter acme-shop"`);
  const options = await newJourneyOptions(args);
  const { files, checklist } = scaffoldJourney(options);
  await writeNewFiles(process.cwd(), files);
  console.log(`New journey "${options.id}":`);
  for (const file of files) console.log(`  created ${file.path}`);
  await printFeatureCheck(files[0]!.path);
  console.log('Left to do:');
  checklist.forEach((item, index) => console.log(`  ${index + 1}. ${item}`));
  return EXIT.ok;
}

async function newJourneyOptions(args: string[]): Promise<NewJourneyOptions> {
  const { values, positionals } = parseOptions(
    'new',
    args,
    {
      name: { type: 'string' },
      channel: { type: 'string', default: 'web,email' },
      owner: { type: 'string', default: DEFAULT_OWNER },
      severity: { type: 'string', default: 'medium' },
      schedule: { type: 'string', default: 'daily' },
      steps: { type: 'boolean', default: false },
      adapter: { type: 'boolean', default: false },
    },
    true,
  );
  if (positionals.length > 1) throw new ConfigError(`one journey at a time: got ${positionals.join(', ')}`);
  const id = checkJourneyId(positionals[0]);
  const taken = (await readJourneyCatalogue()).find((journey) => journey.id === id);
  if (taken) throw new ConfigError(`journey "${id}" exists already (${taken.file}); nothing was written`);
  return {
    id,
    ...(values.name ? { name: values.name } : {}),
    channels: channelsOption(values.channel),
    owner: oneOf('--owner', values.owner, (owner) => /^[a-z0-9][a-z0-9-]*$/.test(owner), 'a team name in lower case, e.g. "customer-service"'),
    severity: oneOf('--severity', values.severity, (severity) => SEVERITIES.includes(severity), SEVERITIES.join(', ')),
    schedule: await scheduleOption(values.schedule),
    ownSteps: values.steps,
    adapter: values.adapter,
    featuresDir: featuresDir(),
  };
}

function channelsOption(list: string): NewJourneyOptions['channels'] {
  const channels = list.split(',').map((channel) => channel.trim()).filter(Boolean);
  const known = CHANNELS as readonly string[];
  const unknown = channels.filter((channel) => !known.includes(channel));
  if (channels.length === 0 || unknown.length > 0) throw new ConfigError(`--channel ${list}: use ${CHANNELS.join(', ')}, comma-separated`);
  return channels as NewJourneyOptions['channels'];
}

async function scheduleOption(name: string): Promise<string> {
  const schedules = Object.keys((await loadConfig()).schedules);
  return oneOf('--schedule', name, (schedule) => schedules.includes(schedule), `a schedule of mystery-shopper.config.ts: ${schedules.join(', ')}`);
}

function oneOf(option: string, value: string, valid: (value: string) => boolean, expected: string): string {
  if (!valid(value)) throw new ConfigError(`${option} ${value}: expected ${expected}`);
  return value;
}

/** The new feature, checked like every feature in npm test: its steps must match the step definitions there are. */
async function printFeatureCheck(file: string): Promise<void> {
  const schedules = Object.keys((await loadConfig()).schedules);
  const problems = checkFeature({ file, text: await readFile(file, 'utf8') }, await readStepDefinitions(), schedules);
  if (problems.length === 0) console.log(`  checked ${file}: every step has its definition`);
  for (const problem of problems) console.log(`  ${formatFeatureProblem(problem)}`);
}
