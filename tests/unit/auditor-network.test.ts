import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { tryConnect } from '../../src/channels/try-connect.ts';
import { configSchema } from '../../src/config/schema.ts';
import {
  auditorEndpoints,
  auditorNetworkOnce,
  auditorOfflineLine,
  checkAuditorNetwork,
  referenceUrlOf,
  type AuditorEndpoint,
} from '../../src/runtime/auditor-network.ts';
import { freePort } from '../support/ports.ts';

let listening: Server;
let openPort: number;

before(async () => {
  listening = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  openPort = (listening.address() as { port: number }).port;
});

after(() => new Promise<void>((resolve) => listening.close(() => resolve())));

const at = (port: number, what = `the reference http://127.0.0.1:${port}`): AuditorEndpoint => ({ what, host: '127.0.0.1', port });

test('a TCP connection: a listening port is reached, a closed one is refused at once, in plain words', async () => {
  assert.deepEqual(await tryConnect('127.0.0.1', openPort, 1000), { reached: true });
  const closed = await freePort();
  const started = Date.now();
  assert.deepEqual(await tryConnect('127.0.0.1', closed, 3000), { reached: false, reason: 'connection refused, ECONNREFUSED' });
  assert.ok(Date.now() - started < 1000, 'a refusal is not waited out');
});

test('the auditor is online when any one thing it tried answers, offline only when none did, and undecided with nothing to try', async () => {
  const closed = await freePort();
  const mixed = await checkAuditorNetwork([at(closed), at(openPort, 'the IMAP server 127.0.0.1')]);
  assert.deepEqual(mixed.reached, ['the IMAP server 127.0.0.1']);
  assert.equal(auditorOfflineLine(mixed, 'Acme'), undefined);

  const none = await checkAuditorNetwork([at(closed), at(closed, 'the SMTP server 127.0.0.1')]);
  assert.equal(
    auditorOfflineLine(none, 'Acme'),
    `The auditor has no network: it could not reach the reference http://127.0.0.1:${closed} (connection refused, ECONNREFUSED), ` +
      'the SMTP server 127.0.0.1 (connection refused, ECONNREFUSED); Acme is not blamed for a channel that did not answer',
  );

  assert.equal(auditorOfflineLine(await checkAuditorNetwork([]), 'Acme'), undefined, 'nothing tried: the harness cannot tell');
});

test('the check is made once per run: a later scenario of the run, in any worker, reads its result', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'auditor-network-'));
  const port = await freePort();
  const first = await auditorNetworkOnce(dataDir, 'run-a', [at(port)]);
  assert.equal(first.reached.length, 0);
  assert.ok(existsSync(path.join(dataDir, 'auditor-network', 'run-a.json')), 'the result is kept for the other workers');

  // The network comes back within the run: the run keeps its first answer; the next run checks anew.
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  try {
    assert.deepEqual(await auditorNetworkOnce(dataDir, 'run-a', [at(port)]), first);
    assert.deepEqual(await inAnotherWorker(dataDir, 'run-a', at(port)), first);
    assert.equal((await auditorNetworkOnce(dataDir, 'run-b', [at(port)])).reached.length, 1);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('what the auditor tries: the reference URL and the mail provider the run uses; the in-process local mailbox adds nothing', () => {
  const smtp = { host: 'smtp.example.net', port: 587, secure: false };
  assert.deepEqual(auditorEndpoints(undefined, { kind: 'local' }), []);
  assert.deepEqual(auditorEndpoints('https://www.example.org/status', { kind: 'local' }), [
    { what: 'the reference https://www.example.org/status', host: 'www.example.org', port: 443 },
  ]);
  const imap = { host: 'imap.example.net', port: 993, secure: true, user: 'sam', password: 'x', address: 'sam@example.net' };
  assert.deepEqual(
    auditorEndpoints('http://[::1]:8080', { kind: 'imap', imap }, smtp).map(({ host, port }) => `${host} ${port}`),
    ['::1 8080', 'imap.example.net 993', 'smtp.example.net 587'],
  );
  const mailosaur = { apiKey: 'k', serverId: 'abcd1234' };
  assert.deepEqual(
    auditorEndpoints(undefined, { kind: 'mailosaur', mailosaur }, smtp).map(({ what }) => what),
    ['the Mailosaur API https://mailosaur.com/', 'the SMTP server smtp.example.net:587'],
  );
});

test('the reference URL is configured for the project or per target (the target wins), and must be http(s)', () => {
  const base = { defaultTarget: 'acme', personas: { shopper: { name: 'S', email: 's@shopper.test' } } };
  const config = configSchema.parse({
    ...base,
    auditorCheck: { referenceUrl: 'https://www.example.org' },
    targets: { acme: { name: 'Acme', auditorCheck: { referenceUrl: 'https://status.example.net' } }, other: { name: 'Other' } },
  });
  assert.equal(referenceUrlOf(config, config.targets.acme!), 'https://status.example.net');
  assert.equal(referenceUrlOf(config, config.targets.other!), 'https://www.example.org');
  assert.equal(referenceUrlOf(configSchema.parse({ ...base, targets: { acme: { name: 'Acme' } } }), { name: 'Acme' } as never), undefined);
  const wrong = configSchema.safeParse({ ...base, auditorCheck: { referenceUrl: 'ftp://example.org' }, targets: { acme: { name: 'Acme' } } });
  assert.equal(wrong.success, false);
  assert.match(JSON.stringify(wrong.error?.issues), /an http\(s\) URL such as https:\/\/www\.example\.org/);
});

/** The check as another worker process of the same run makes it. */
async function inAnotherWorker(dataDir: string, runId: string, endpoint: AuditorEndpoint): Promise<unknown> {
  const module = path.resolve(import.meta.dirname, '../../src/runtime/auditor-network.ts');
  const script = `const { auditorNetworkOnce } = await import(${JSON.stringify(module)});
    console.log(JSON.stringify(await auditorNetworkOnce(${JSON.stringify(dataDir)}, ${JSON.stringify(runId)}, [${JSON.stringify(endpoint)}])));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
  return JSON.parse(stdout);
}
