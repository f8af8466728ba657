import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { filesUnder } from '../../src/secrets/scrub-files.ts';
import { pdfPageTexts } from './pdf-text.ts';

/** Where a planted secret was found: the file (an archive's entries after "!/"), the secret, the form. */
export interface SecretLeak {
  where: string;
  secret: string;
  form: string;
}

/** Shorter forms would match by chance. */
const MIN_FORM_LENGTH = 6;
const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/]+={0,2})/g;

/**
 * Looks for each secret in every file under a folder, in plain text and as URL-encoded,
 * form-encoded, JSON-escaped and base64 text; a card number also as bare digits. Zip archives
 * (traces, blob reports, trace archives inside blob reports) are opened at any depth, so are zips
 * embedded as data URLs (the Playwright report's data), and PDFs are read as their text.
 */
export async function scanForSecrets(folder: string, secrets: Record<string, string>): Promise<SecretLeak[]> {
  const forms = Object.entries(secrets).flatMap(([name, value]) => formsOf(value).map(([form, text]) => ({ secret: name, form, text })));
  const leaks: SecretLeak[] = [];
  for (const file of await filesUnder(folder)) {
    for (const [where, text] of textsOf(await readFile(file), path.relative(folder, file))) {
      for (const form of forms) if (text.includes(form.text)) leaks.push({ where, secret: form.secret, form: form.form });
    }
  }
  return leaks;
}

/** Each text a file holds, named by where it is. Binary bytes are read as latin1: ASCII secrets still show. */
function textsOf(bytes: Uint8Array, where: string): Array<[string, string]> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return Object.entries(unzipSync(bytes)).flatMap(([entry, data]) => textsOf(data, `${where}!/${entry}`));
  }
  const text = Buffer.from(bytes).toString('latin1');
  const embedded = [...text.matchAll(EMBEDDED_ZIP)].flatMap((match, index) => textsOf(Buffer.from(match[1]!, 'base64'), `${where}#zip${index}`));
  const pdf = where.endsWith('.pdf') ? [[`${where} (text)`, pdfPageTexts(Buffer.from(bytes)).join('\n')] as [string, string]] : [];
  return [[where, text], ...embedded, ...pdf];
}

/** The secret as the outputs could carry it. */
export function formsOf(secret: string): Array<[string, string]> {
  const uri = encodeURIComponent(secret);
  const forms: Array<[string, string]> = [
    ['plain', secret],
    ['URL-encoded', uri],
    ['form-encoded', uri.replace(/%20/g, '+')],
    ['JSON-escaped', JSON.stringify(secret).slice(1, -1)],
    ...base64Cores(secret).map((core): [string, string] => ['base64', core]),
  ];
  if (/^[\d -]+$/.test(secret)) forms.push(['digits', secret.replace(/\D/g, '')]);
  // One form a text: many secrets read the same plain, encoded and escaped.
  return forms.filter(([, text], index) => text.length >= MIN_FORM_LENGTH && forms.findIndex(([, other]) => other === text) === index);
}

/**
 * The base64 characters that only the secret decides, at each of the three offsets it may have in
 * a longer base64 text: without the first and last characters that share bits with its neighbours.
 */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    return encoded.slice(Math.ceil((offset * 4) / 3), Math.floor((offset + bytes.length) / 3) * 4);
  });
}
