import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { test } from 'node:test';
import { dkimSign } from 'mailauth';
import { checkDkimCoverage, oneClickIsSigned } from '../../src/mail/dkim-coverage.ts';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
const PUBLIC_KEY = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
// A lab's DNS: the selector's TXT record, as the company would publish it.
const resolver = async (name: string, type: string) => {
  if (type === 'TXT' && name === 'news._domainkey.company.test') return [[`v=DKIM1; k=rsa; p=${PUBLIC_KEY}`]];
  throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
};

const MESSAGE = [
  'From: Company <news@company.test>',
  'To: sam@shopper.test',
  'Subject: Offers',
  'Date: Sun, 22 Nov 2026 08:00:00 +0000',
  'Message-ID: <1@company.test>',
  'List-Unsubscribe: <https://company.test/u/1>',
  'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  '',
  'Hello',
  '',
].join('\r\n');

async function signed(headerList: string[], message = MESSAGE): Promise<string> {
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const signature = { signingDomain: 'company.test', selector: 'news', privateKey: key };
  // mailauth 4 reads the keys from signatureData, and the header list as one colon-separated
  // string (an array silently falls back to its default list); its types say otherwise.
  const options = { ...signature, signatureData: [signature], headerList: headerList.join(':') };
  const { signatures } = await dkimSign(message, options as unknown as Parameters<typeof dkimSign>[1]);
  return signatures + message;
}

test('a valid signature over both unsubscribe headers makes one-click trustworthy', async () => {
  const coverage = await checkDkimCoverage(await signed(['from', 'to', 'subject', 'list-unsubscribe', 'list-unsubscribe-post']), resolver);
  assert.equal(coverage.length, 1);
  assert.deepEqual(coverage[0], { domain: 'company.test', selector: 'news', result: 'pass', coversListUnsubscribe: true, coversListUnsubscribePost: true });
  assert.equal(oneClickIsSigned(coverage), true);
});

test('a signature that leaves the unsubscribe headers out does not count', async () => {
  const coverage = await checkDkimCoverage(await signed(['from', 'to', 'subject']), resolver);
  assert.equal(coverage[0]?.result, 'pass');
  assert.equal(coverage[0]?.coversListUnsubscribePost, false);
  assert.equal(oneClickIsSigned(coverage), false);
});

test('a header changed after signing breaks the signature', async () => {
  const tampered = (await signed(['from', 'list-unsubscribe', 'list-unsubscribe-post'])).replace('https://company.test/u/1', 'https://elsewhere.test/u/1');
  const coverage = await checkDkimCoverage(tampered, resolver);
  assert.equal(coverage[0]?.result, 'fail');
  assert.equal(oneClickIsSigned(coverage), false);
});

test('an unsigned message has no coverage', async () => {
  assert.deepEqual(await checkDkimCoverage(MESSAGE, resolver), []);
});
