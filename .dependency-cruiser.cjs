// The layers of mystery-shopper and the imports between them that are forbidden.
// `npm run deps` checks them (and `npm test`, `npm run test:quick` beside the tests);
// docs/architecture.md, "Layers and how they are guarded", explains how to read a failure and how
// the known-violations baseline (.dependency-cruiser-known-violations.json) works.
//
// Every rule's `comment` is what a developer reads when a new import breaks it: which rule, and
// what to do instead. Keep them in plain words.

/**
 * The engine's folders (src/<folder>/), top to bottom. A folder may import the folders of the tiers
 * below its own, never one above it nor a sibling in its own tier: so no circle between folders of
 * src/ can form. Data flows feature → step → journey → channel → finding → report → store; the
 * run's machinery (CLI, scheduler, the end of a run) sits on top and calls down, and the ground
 * floor holds the nouns everyone shares (config, money, text). A new folder in src/ gets a place
 * here (tests/unit/dependency-rules.test.ts fails until it has one).
 */
const SRC_LAYERS = [
  ['cli'], // the commands: wire everything below together
  ['scheduler'], // the daemon: runs audits on their schedules
  ['authoring'], // the QA engineer's tools: step catalogue, feature check, scaffold
  ['reports'], // the end of a run: reporters, the experience report, its HTML and PDF
  ['alerts', 'catalogue'], // who is told what; the journeys the features describe
  ['watches'], // judges of the watches that fall due after a run
  ['store'], // the run store: runs, history, watches, alert state
  ['report-model'], // the shape of report.json (types only), read by the store, the alerts and the reporters
  ['secrets'], // finding and masking secrets
  ['runtime'], // one run's environment: paths, target, global setup, open channels
  ['findings'], // the Notebook: evidence, broken experiences, degradations, watches
  ['channels'], // web (Chromium), email (mailbox, mail sender), sms, api (HTTP, payment ledgers)
  ['mail', 'safety'], // reading an email; what the auditor may do to a target (origins, rates, spend)
  ['config'], // the validated configuration and .env
  ['money', 'text'], // amounts of money; dates, case references, word lists
];

const alternatives = (folders) => `^src/(${folders.join('|')})/`;

/** One rule per folder of src/: the layers above it and its siblings are out of its reach. */
function layerRules() {
  const order = SRC_LAYERS.map((tier) => tier.join(' & ')).join(' > ');
  return SRC_LAYERS.flatMap((tier, index) => {
    const above = SRC_LAYERS.slice(0, index).flat();
    const below = SRC_LAYERS.slice(index + 1).flat();
    return tier.map((folder) => {
      const siblings = tier.filter((other) => other !== folder);
      const forbidden = [...above, ...siblings];
      return {
        name: `src-layer-${folder}`,
        severity: 'error',
        comment:
          `Layer order in src/ (${order}): src/${folder}/ may import only the layers below it ` +
          `(${below.length > 0 ? below.join(', ') : 'none: it is the ground floor'}), never ${forbidden.join(', ')}. ` +
          'Move what both sides need down into the lowest layer that uses it, or let the upper layer pass it in ' +
          '(a parameter, a callback, a registration).',
        from: { path: `^src/${folder}/` },
        to: { path: alternatives(forbidden) },
      };
    });
  });
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-not-to-journeys',
      severity: 'error',
      comment:
        'The engine (src/) never imports journeys/, steps/, features/, demo/, labs/ or tests/: it takes journeys ' +
        '(their judges, their fixtures) by registration, and the demo company is one target among others. ' +
        'Define an interface in src/ and register the journey or demo implementation from the wiring ' +
        '(playwright.config.ts, steps/fixtures.ts, bin/, the CLI entry) instead.',
      from: { path: '^src/' },
      to: { path: '^(journeys|steps|features|demo|labs|tests|wiring)/' },
    },
    {
      name: 'companies-not-to-harness',
      severity: 'error',
      comment:
        'The demo company (demo/) and the lab companies (labs/) import nothing of the harness (src/, journeys/, ' +
        'steps/, tests/): they stand for a real company, which knows nothing of its mystery shopper. ' +
        'Give the company its own small copy, or move what both need into the company and let the harness wire ' +
        'it (the CLI starts the demo; tests hold what a fault must be caught as).',
      from: { path: '^(demo|labs)/' },
      to: { path: '^(src|journeys|steps|tests|wiring)/' },
    },
    {
      name: 'journeys-not-up',
      severity: 'error',
      comment:
        'A journey (journeys/) never imports steps/, tests/, demo/ or labs/: steps call journeys, not the other way, ' +
        'and a journey must work on any company, not only the demo or a lab. Put what the step needs into the ' +
        'journey, and company specifics into an adapter under journeys/adapters/ or the target configuration.',
      from: { path: '^journeys/' },
      to: { path: '^(steps|tests|demo|labs|wiring)/' },
    },
    {
      name: 'journeys-not-to-run-machinery',
      severity: 'error',
      comment:
        "A journey (journeys/) uses the engine's shopper-facing layers (channels, findings, mail, money, text, config, " +
        'runtime, safety, watches) but knows nothing of the run machinery: not the CLI, scheduler, reporters, store, ' +
        'alerts, authoring or catalogue. Record what you saw in the Notebook (src/findings/) and let the end of the run ' +
        'report it.',
      from: { path: '^journeys/' },
      to: { path: alternatives(['cli', 'scheduler', 'reports', 'store', 'alerts', 'authoring', 'catalogue']) },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'This import closes a circle: the module it imports already depends, directly or through others, on the ' +
        'importing module. Circles make load order fragile and the layers meaningless. Move the shared part into a ' +
        'module both can import (usually one layer down), or invert the dependency with a parameter or callback.',
      from: {},
      to: { circular: true },
    },
    ...layerRules(),
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)node_modules/' },
    // `import type` counts: a type-only import ties the layers together as much as any other.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
