import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { ROOT, QUICK_REPORTS, runCli } from '../support/run-cli.ts';

/**
 * A journey drives a browser on another machine: `mystery-shopper browser-server` there, the ws://
 * address in MYSTERY_SHOPPER_BROWSER_WS_ENDPOINT here. The demo company on this machine's loopback
 * is reached through the connection. With the server gone, the journey cannot run at all: proof
 * that it did not quietly launch a browser of its own.
 */
test('a journey runs in a remote browser through Playwright connect, and in none when the server is gone', async () => {
  const server = spawn(process.execPath, [path.join(ROOT, 'bin', 'mystery-shopper.js'), 'browser-server', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const [endpoint] = (await once(createInterface({ input: server.stdout }), 'line')) as [string];
  assert.match(endpoint, /^ws:\/\/127\.0\.0\.1:\d+\//);
  const env = { ...QUICK_REPORTS, MYSTERY_SHOPPER_BROWSER_WS_ENDPOINT: endpoint, MYSTERY_SHOPPER_WORKERS: '1' };

  const remote = await runCli(['run', '--journey', 'track-delivery'], env);
  assert.equal(remote.exitCode, 0, remote.output);
  assert.equal((await remote.report()).journeys[0]?.status, 'passed');

  server.kill('SIGTERM');
  assert.equal((await once(server, 'close'))[0], 0);
  const gone = await runCli(['run', '--journey', 'track-delivery'], env);
  assert.equal(gone.exitCode, 2, gone.output);
  assert.match(gone.output, /browserType\.connect/);
});
