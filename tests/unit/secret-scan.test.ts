import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { scanForSecrets } from '../support/secret-scan.ts';

const SECRETS = { password: 'Planted pw/7+x', card: '5555 5555 5555 4444' };

test('the scanner finds a planted secret in every form and at every depth, and nothing in clean files', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'secret-scan-'));
  await mkdir(path.join(dir, 'deep'));
  const trace = zipSync({ '0-trace.network': strToU8('card_number=5555+5555+5555+4444&password=Planted+pw%2F7%2Bx') });
  const blob = zipSync({ 'resources/trace.zip': trace });
  const embedded = zipSync({ 'report.json': strToU8(JSON.stringify({ title: 'Planted pw/7+x' })) });
  await writeFile(path.join(dir, 'blob.zip'), blob);
  await writeFile(path.join(dir, 'index.html'), `<template>data:application/zip;base64,${Buffer.from(embedded).toString('base64')}</template>`);
  await writeFile(path.join(dir, 'deep', 'attachment'), `token ${Buffer.from('Bearer:Planted pw/7+x').toString('base64')} and 5555555555554444`);
  await writeFile(path.join(dir, 'clean.txt'), 'card ending 4444, password [a masked value]');

  const leaks = await scanForSecrets(dir, SECRETS);

  const found = leaks.map((leak) => `${leak.where} ${leak.secret} ${leak.form}`).sort();
  assert.deepEqual(found, [
    'blob.zip!/resources/trace.zip!/0-trace.network card form-encoded',
    'blob.zip!/resources/trace.zip!/0-trace.network password form-encoded',
    'deep/attachment card digits',
    'deep/attachment password base64',
    'index.html#zip0!/report.json password plain',
  ]);
});
