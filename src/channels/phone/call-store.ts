import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { normalizeNumber } from '../sms/sms-inbox.ts';
import type { PhoneAnswer, PhoneCall } from './phone-call.ts';

type StoredCall = Omit<PhoneCall, 'receivedAt'> & { receivedAt: string };

/**
 * The shopper's call log on disk, one JSON file per call, committed by atomic rename; and how the
 * phone answers each number (`answers/<number>.json`), set by a journey and read by whichever
 * process takes the call. Ids start with the arrival time, so file names sort in arrival order.
 */
export class CallStore {
  constructor(readonly dir: string) {}

  async init(): Promise<void> {
    await mkdir(path.join(this.dir, 'answers'), { recursive: true });
  }

  async save(call: Omit<PhoneCall, 'id' | 'receivedAt'>): Promise<PhoneCall> {
    const receivedAt = new Date();
    const saved = { id: `${String(receivedAt.getTime()).padStart(14, '0')}-${randomBytes(4).toString('hex')}`, receivedAt, ...call };
    await this.write(saved);
    return saved;
  }

  /** Adds what was learnt later in the call (what the caller said, how long it lasted). */
  async update(call: PhoneCall, change: Partial<Pick<PhoneCall, 'heard' | 'durationSeconds'>>): Promise<PhoneCall> {
    const updated = { ...call, ...change };
    await this.write(updated);
    return updated;
  }

  async list(after?: Date): Promise<PhoneCall[]> {
    const floor = after ? String(after.getTime()).padStart(14, '0') : '';
    const names = (await readdir(this.dir)).filter((name) => name.endsWith('.json') && name >= floor).sort();
    const calls = await Promise.all(names.map((name) => readJson<StoredCall>(path.join(this.dir, name))));
    return calls.filter((call) => call !== undefined).map((call) => ({ ...call, receivedAt: new Date(call.receivedAt) }));
  }

  async answerFor(number: string): Promise<PhoneAnswer> {
    return (await readJson<{ answer: PhoneAnswer }>(this.answerFile(number)))?.answer ?? 'not-interested';
  }

  async setAnswer(number: string, answer: PhoneAnswer): Promise<void> {
    await this.init();
    await commit(this.answerFile(number), JSON.stringify({ answer }));
  }

  private answerFile(number: string): string {
    return path.join(this.dir, 'answers', `${normalizeNumber(number).replace('+', '')}.json`);
  }

  private write(call: PhoneCall): Promise<void> {
    return commit(path.join(this.dir, `${call.id}.json`), JSON.stringify({ ...call, receivedAt: call.receivedAt.toISOString() }));
  }
}

async function commit(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(3).toString('hex')}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined; // not there yet, or a file from a crashed writer: never fatal
  }
}
