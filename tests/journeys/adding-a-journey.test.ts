import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { copyOfProject } from '../support/project-copy.ts';
import { ROOT } from '../support/run-cli.ts';

const GUIDE = 'docs/adding-a-journey.md';
/** The walkthrough ends here; what follows needs the reader's own company. */
const WALKTHROUGH_END = '## Then: your own company';

/**
 * Follows docs/adding-a-journey.md to the letter in a copy of the project, so that the guide
 * cannot rot: every command of its walkthrough, every file it shows, the output it promises.
 */
test(`${GUIDE}: a new journey, scaffolded, filled in and run as the guide says, passes against the demo company`, async () => {
  const blocks = walkthroughBlocks(await readFile(path.join(ROOT, GUIDE), 'utf8'));
  const commands = blocks.filter((block) => block.info === 'sh').flatMap((block) => commandLines(block.body));
  assert.ok(commands.some((command) => /^npx mystery-shopper new journey /.test(command)), 'the walkthrough scaffolds a journey');
  assert.ok(commands.some((command) => /^npx mystery-shopper run --demo --journey /.test(command)), 'the walkthrough runs the journey against the demo company');

  const project = await copyOfProject('adding-a-journey-');
  let lastOutput = '';
  for (const block of blocks) {
    if (block.info === 'sh') {
      lastOutput = '';
      for (const command of commandLines(block.body)) {
        const { exitCode, output } = await shell(command, project);
        assert.equal(exitCode, 0, `${GUIDE}: "${command}" exited ${exitCode} in ${project}:\n${output}`);
        lastOutput += output;
      }
    } else if (block.title) {
      // "Fill in": each file the guide shows is one the scaffold made.
      assert.ok(existsSync(path.join(project, block.title)), `${GUIDE}: the scaffold did not make ${block.title}`);
      await writeFile(path.join(project, block.title), block.body);
    } else if (block.info === 'text' && block.afterCommand) {
      for (const line of block.body.split('\n').filter((each) => each.trim())) {
        assert.match(lastOutput, expectedLine(line), `${GUIDE}: the output shown does not match what the command printed`);
      }
    }
  }
  await rm(project, { recursive: true, force: true });
});

interface Block {
  /** The fence's language: sh, text, ts, gherkin. */
  info: string;
  /** The file a block shows, from title="…" on its fence. */
  title?: string;
  body: string;
  /** Right after a command block, with nothing but blank lines between: that command's output. */
  afterCommand: boolean;
}

/** The fenced blocks of the guide's walkthrough, in order. */
function walkthroughBlocks(guide: string): Block[] {
  const end = guide.indexOf(WALKTHROUGH_END);
  assert.ok(end > 0, `${GUIDE} has no "${WALKTHROUGH_END}" heading`);
  const blocks: Block[] = [];
  let previousEnd = -1;
  let previousInfo = '';
  for (const match of guide.slice(0, end).matchAll(/^```(\w*)(?: title="([^"]+)")?\n([\s\S]*?)^```$/gm)) {
    const [whole, info = '', title, body = ''] = match;
    const afterCommand = previousInfo === 'sh' && guide.slice(previousEnd, match.index).trim() === '';
    blocks.push({ info, ...(title ? { title } : {}), body, afterCommand });
    previousEnd = match.index + whole.length;
    previousInfo = info;
  }
  return blocks;
}

function commandLines(body: string): string[] {
  return body.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

/** A line of shown output as a pattern: "…" stands for anything. */
function expectedLine(line: string): RegExp {
  const parts = line.trimEnd().split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}\\s*$`, 'm');
}

/** Runs one command of the guide as a reader types it, in the copy, with the settings of a test run. */
function shell(command: string, cwd: string): Promise<{ exitCode: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '', DEMO_FAULTS: '', MYSTERY_SHOPPER_RETRIES: '0', MYSTERY_SHOPPER_WORKERS: '1' };
  // The copy's own folders and configuration, whatever the developer's shell points at.
  for (const name of ['MYSTERY_SHOPPER_FEATURES', 'MYSTERY_SHOPPER_STEPS', 'MYSTERY_SHOPPER_CONFIG', 'MYSTERY_SHOPPER_TARGET', 'MYSTERY_SHOPPER_REPORTS_DIR', 'MYSTERY_SHOPPER_DATA_DIR']) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, output }));
  });
}
