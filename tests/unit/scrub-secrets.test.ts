import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { scrubFiles } from '../../src/secrets/scrub-files.ts';

const CARD = '4242 4242 4242 4242';
const PASSWORD = 'Throw-Away-pw-71';
const API_KEY = 'sk_test_api_key_3f9a';

/** A trace's DOM snapshot line with a filled password, card number and CVC field, as Playwright writes it. */
function snapshotLine(values: { password: string; card: string; cvc: string }): string {
  const input = (attributes: Record<string, string>) => ['INPUT', attributes];
  const html = ['FORM', {}, input({ __playwright_value_: values.password, id: 'password', type: 'password' }), input({ __playwright_value_: values.card, id: 'card_number', autocomplete: 'cc-number' }), input({ __playwright_value_: values.cvc, id: 'cvc', autocomplete: 'cc-csc' })];
  return JSON.stringify({ type: 'frame-snapshot', snapshot: { html, wallTime: 1795929337792 } });
}

function traceArchive(): Uint8Array {
  const trace = [snapshotLine({ password: PASSWORD, card: CARD, cvc: '987' }), JSON.stringify({ type: 'screencast-frame', sha1: 'frame.jpeg' })].join('\n');
  const network = JSON.stringify({ request: { postData: { text: `card_number=4242+4242+4242+4242&cvc=987&password=${PASSWORD}`, params: [{ name: 'cvc', value: '987' }] } } });
  return zipSync({
    '0-trace.trace': strToU8(trace),
    '0-trace.network': strToU8(network),
    'screencast/frame.jpeg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2]),
  });
}

async function reportsWith(files: Record<string, Uint8Array | string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrub-secrets-'));
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(dir, name), body);
  return dir;
}

test("a trace archive's entries are masked: snapshots, form posts, network params; the film strip of a card form is dropped", async () => {
  const dir = await reportsWith({ 'trace.zip': traceArchive() });

  await scrubFiles([path.join(dir, 'trace.zip')], [API_KEY]);

  const entries = unzipSync(await readFile(path.join(dir, 'trace.zip')));
  assert.deepEqual(Object.keys(entries).sort(), ['0-trace.network', '0-trace.trace']);
  const text = Object.values(entries).map((data) => strFromU8(data)).join('\n');
  assert.doesNotMatch(text, /4242|Throw-Away|987|screencast-frame/);
  assert.match(text, /"__playwright_value_":"\[a masked value\]"/);
  assert.match(text, /cvc=\[a masked value\]&/);
  assert.match(text, /"wallTime":1795929337792/, 'a timestamp is no card number');
  for (const line of strFromU8(entries['0-trace.trace']!).split('\n')) JSON.parse(line);
});

test('text files are masked in place, with what a trace showed typed into secret fields', async () => {
  const stepTitle = JSON.stringify({ name: `Fill "${PASSWORD}" getByLabel('Password')`, key: API_KEY, url: `https://x.test/?key=${encodeURIComponent(API_KEY)}` });
  const dir = await reportsWith({ 'trace.zip': traceArchive(), 'result.json': stepTitle, 'junit.xml': `<failure>paid with ${CARD}</failure>` });

  await scrubFiles(['trace.zip', 'result.json', 'junit.xml'].map((name) => path.join(dir, name)), [API_KEY]);

  const result = await readFile(path.join(dir, 'result.json'), 'utf8');
  assert.doesNotMatch(result, /Throw-Away|sk_test/);
  // The card, seen typed into a card field, is masked as any secret value.
  assert.equal(await readFile(path.join(dir, 'junit.xml'), 'utf8'), '<failure>paid with [a masked value]</failure>');
});

test("the Playwright report's data, a zip inside its index.html, is masked too", async () => {
  const data = zipSync({ 'report.json': strToU8(JSON.stringify({ error: `charged ${CARD}` })) });
  const html = `<html><template id="playwrightReportBase64">data:application/zip;base64,${Buffer.from(data).toString('base64')}</template></html>`;
  const dir = await reportsWith({ 'index.html': html });

  await scrubFiles([path.join(dir, 'index.html')], []);

  const base64 = /base64,([A-Za-z0-9+/=]+)/.exec(await readFile(path.join(dir, 'index.html'), 'utf8'))![1]!;
  assert.equal(strFromU8(unzipSync(Buffer.from(base64, 'base64'))['report.json']!), JSON.stringify({ error: 'charged [a masked card number ending 4242]' }));
});

test("Allure's single-file report: the data files inside its index.html are masked too", async () => {
  const result = Buffer.from(JSON.stringify({ name: 'Pay', statusDetails: { message: `charged ${CARD} with ${API_KEY}` } })).toString('base64');
  const html = `<html><script defer>Promise.allSettled([d("data/test-results/1.json","${result}"),d("widgets/x.json","e30=")])</script></html>`;
  const dir = await reportsWith({ 'index.html': html });

  await scrubFiles([path.join(dir, 'index.html')], [API_KEY]);

  const scrubbed = await readFile(path.join(dir, 'index.html'), 'utf8');
  const embedded = Buffer.from(/d\("data\/test-results\/1\.json","([A-Za-z0-9+/=]+)"\)/.exec(scrubbed)![1]!, 'base64').toString('utf8');
  assert.doesNotMatch(embedded, new RegExp(`${CARD}|${API_KEY}`));
  assert.match(embedded, /\[a masked card number ending 4242\]/);
  assert.match(scrubbed, /d\("widgets\/x\.json","e30="\)/, 'data without secrets is left as it was');
});

test('unrelated binaries, viewer code and archives without secrets are left as they are', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0x34, 0x32, 0x34, 0x32]);
  const plain = zipSync({ 'notes.txt': strToU8('nothing to hide') });
  const code = 'const n = 4242424242424242;';
  const dir = await reportsWith({ 'shot.png': png, 'plain.zip': plain, 'viewer.js': code });

  const rewritten = await scrubFiles(['shot.png', 'plain.zip', 'viewer.js'].map((name) => path.join(dir, name)), [API_KEY]);

  assert.deepEqual(rewritten, []);
  assert.deepEqual(new Uint8Array(await readFile(path.join(dir, 'plain.zip'))), plain);
  assert.equal(await readFile(path.join(dir, 'viewer.js'), 'utf8'), code);
});

test('scrubbing twice changes nothing the second time', async () => {
  const outer = zipSync({ 'resources/trace.zip': traceArchive(), 'report.jsonl': strToU8(`{"title":"Fill \\"${PASSWORD}\\""}`) });
  const dir = await reportsWith({ 'blob.zip': outer, 'log.txt': `key ${API_KEY}` });
  const files = ['blob.zip', 'log.txt'].map((name) => path.join(dir, name));

  assert.equal((await scrubFiles(files, [API_KEY])).length, 2);
  const once = await readFile(path.join(dir, 'blob.zip'));
  assert.deepEqual(await scrubFiles(files, [API_KEY]), []);
  assert.deepEqual(await readFile(path.join(dir, 'blob.zip')), once);
  const nested = unzipSync(unzipSync(once)['resources/trace.zip']!);
  assert.doesNotMatch(Object.values(nested).map((data) => strFromU8(data)).join('\n'), /Throw-Away|4242 4242/);
});
