import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What is known of a stored message without parsing it. */
export interface StoredMessageMeta {
  id: string;
  receivedAt: string;
  envelopeFrom: string;
  /** The local recipients this copy was delivered to. */
  recipients: string[];
}

/**
 * Every message the local mailbox receives, kept on disk so that nothing is lost between runs or
 * when the harness is killed. One `<id>.eml` and one `<id>.json` per message; the JSON is written
 * last, by an atomic rename, so a reader never sees half a message. Ids start with the arrival
 * time, so file names sort in arrival order.
 */
export class MessageStore {
  constructor(readonly dir: string) {}

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  async save(source: Buffer, meta: Omit<StoredMessageMeta, 'id'>): Promise<StoredMessageMeta> {
    const id = `${String(Date.parse(meta.receivedAt)).padStart(14, '0')}-${randomBytes(4).toString('hex')}`;
    const stored: StoredMessageMeta = { id, ...meta };
    await writeAtomically(path.join(this.dir, `${id}.eml`), source);
    await writeAtomically(path.join(this.dir, `${id}.json`), JSON.stringify(stored));
    return stored;
  }

  /** Metadata of every stored message, oldest first; `after` skips older files by name alone. */
  async listMeta(after?: Date): Promise<StoredMessageMeta[]> {
    const floor = after ? String(after.getTime()).padStart(14, '0') : '';
    const names = (await readdir(this.dir)).filter((name) => name.endsWith('.json') && name >= floor).sort();
    const metas = await Promise.all(names.map((name) => readMeta(path.join(this.dir, name))));
    return metas.filter((meta): meta is StoredMessageMeta => meta !== undefined);
  }

  readSource(id: string): Promise<Buffer> {
    return readFile(path.join(this.dir, `${id}.eml`));
  }
}

async function writeAtomically(file: string, data: Buffer | string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

async function readMeta(file: string): Promise<StoredMessageMeta | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as StoredMessageMeta;
  } catch {
    return undefined; // a file from a crashed writer: skipped, never fatal
  }
}
