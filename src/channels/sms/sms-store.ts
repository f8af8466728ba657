import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReceivedSms } from './sms-inbox.ts';

/**
 * Every text the local phone network delivered, one JSON file each, committed by atomic rename.
 * Ids start with the arrival time, so file names sort in arrival order.
 */
export class SmsStore {
  constructor(readonly dir: string) {}

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  async save(message: Omit<ReceivedSms, 'id' | 'receivedAt'>): Promise<ReceivedSms> {
    const receivedAt = new Date();
    const id = `${String(receivedAt.getTime()).padStart(14, '0')}-${randomBytes(4).toString('hex')}`;
    const file = path.join(this.dir, `${id}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ id, receivedAt: receivedAt.toISOString(), ...message }));
    await rename(temporary, file);
    return { id, receivedAt, ...message };
  }

  async list(after?: Date): Promise<ReceivedSms[]> {
    const floor = after ? String(after.getTime()).padStart(14, '0') : '';
    const names = (await readdir(this.dir)).filter((name) => name.endsWith('.json') && name >= floor).sort();
    const messages = await Promise.all(names.map((name) => readMessage(path.join(this.dir, name))));
    return messages.filter((message): message is ReceivedSms => message !== undefined);
  }
}

async function readMessage(file: string): Promise<ReceivedSms | undefined> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Omit<ReceivedSms, 'receivedAt'> & { receivedAt: string };
    return { ...stored, receivedAt: new Date(stored.receivedAt) };
  } catch {
    return undefined; // a file from a crashed writer: skipped, never fatal
  }
}
