import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalMailbox } from '../../src/channels/email/local-mailbox.ts';
import { MessageStore } from '../../src/channels/email/message-store.ts';
import { CallLog } from '../../src/channels/phone/call-log.ts';
import { LocalSmsInbox } from '../../src/channels/sms/local-sms-inbox.ts';
import type { FindingDraft } from '../../src/findings/finding.ts';
import type { FindingKind } from '../../src/findings/kinds.ts';
import type { Watch } from '../../src/findings/watches.ts';
import type { JudgeContext, Judgement } from '../../src/watches/judge.ts';
import { judgeOf } from '../../src/watches/judge-registry.ts';
import { registerJourneys } from '../../journeys/register-journeys.ts';

// The judges as every process that judges registers them.
registerJourneys();

// The shopper's channels as a judge reads them: the real local mailbox and phone, in a fresh temp folder per test.

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const now = new Date();
export const ago = (ms: number) => new Date(now.getTime() - ms);
export const address = 'sam+old-run-1@shopper.test';
export const phone = '+447700900123';

let mailboxDir: string;
let smsDir: string;
let callsDir: string;

/** A fresh, empty mailbox and phone: call before each test. */
export async function emptyChannels(): Promise<void> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'judges-'));
  mailboxDir = path.join(scratch, 'mailbox');
  smsDir = path.join(scratch, 'sms');
  callsDir = path.join(scratch, 'calls');
}

export function watch(journey: string, kind: FindingKind, dueAt: Date, details: Record<string, string>): Watch {
  return { runId: 'old-run', journey, scenario: `${journey} scenario`, check: `the ${kind} check`, kind, dueAt: dueAt.toISOString(), recordedAt: ago(80 * HOUR).toISOString(), details };
}

export function channels(): Pick<JudgeContext, 'mailbox' | 'sms' | 'calls'> {
  return { mailbox: new LocalMailbox(mailboxDir, 'sam@shopper.test'), sms: new LocalSmsInbox(smsDir, '+447700900000'), calls: new CallLog(callsDir) };
}

/** The watch judged by its registered judge, as Demo Shop's shopper sees it now. */
export async function judge(pending: Watch): Promise<Judgement> {
  const judge = judgeOf(pending);
  assert.ok(judge, `a judge for ${pending.journey} ${pending.kind}`);
  return judge(pending, { ...channels(), companyName: 'Demo Shop', now });
}

/** The judgement broke the watch with this finding, in these words, and evidence of these names. */
export function assertBroken(judgement: Judgement, finding: FindingDraft, evidenceNames: string[]): void {
  assert.equal(judgement.judged.status, 'broken');
  const { kind, customerImpact, expected, observed, evidence } = judgement.judged.finding!;
  assert.deepEqual({ kind, customerImpact, expected, observed }, finding);
  assert.deepEqual(evidence.map((found) => found.name), evidenceNames);
}

interface Email {
  subject: string;
  at: Date;
  text?: string;
  headers?: Record<string, string>;
  from?: string;
}

/** Stores an RFC 822 message in the local mailbox as its mail server does. */
export async function receive({ subject, at, text = 'Hello Sam', headers = {}, from = 'Demo Shop <care@demo-shop.test>' }: Email): Promise<void> {
  const source = [
    `From: ${from}`,
    `To: ${address}`,
    `Subject: ${subject}`,
    `Date: ${at.toUTCString()}`,
    ...(headers['Message-ID'] ? [] : [`Message-ID: <${at.getTime()}@demo-shop.test>`]),
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '',
  ].join('\r\n');
  await receiveSource(Buffer.from(source), at);
}

/** Stores a message's bytes as they came, however malformed, as the local mail server does. */
export async function receiveSource(source: Buffer, at: Date): Promise<void> {
  const store = new MessageStore(mailboxDir);
  await store.init();
  await store.save(source, { receivedAt: at.toISOString(), envelopeFrom: 'care@demo-shop.test', recipients: [address] });
}

/** Stores a text as the local phone network does: one JSON file, named after its arrival. */
export async function text({ body, at, to = phone }: { body: string; at: Date; to?: string }): Promise<void> {
  await mkdir(smsDir, { recursive: true });
  const id = `${String(at.getTime()).padStart(14, '0')}-${(await readdir(smsDir)).length.toString(16).padStart(8, '0')}`;
  await writeFile(path.join(smsDir, `${id}.json`), JSON.stringify({ id, receivedAt: at.toISOString(), from: 'DemoShop', to, body }));
}

/** Logs a call as the shopper's phone does: one JSON file, named after its arrival. */
export async function call({ heard, at, to = phone, from = '+442079460018' }: { heard: string; at: Date; to?: string; from?: string }): Promise<void> {
  await mkdir(callsDir, { recursive: true });
  const id = `${String(at.getTime()).padStart(14, '0')}-${(await readdir(callsDir)).length.toString(16).padStart(8, '0')}`;
  await writeFile(path.join(callsDir, `${id}.json`), JSON.stringify({ id, receivedAt: at.toISOString(), from, to, heard, answer: 'not-interested' }));
}
