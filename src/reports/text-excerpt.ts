import { simpleParser } from 'mailparser';
import { maskSecrets } from '../secrets/mask-secrets.ts';

/** The first lines of a piece of text evidence, as the QA section shows it; secrets masked. */
export interface TextExcerpt {
  /** For an email: From, To, Subject and Date. */
  headers: Array<[name: string, value: string]>;
  lines: string[];
  /** Whether there is more than these lines. */
  truncated: boolean;
}

const EXCERPT_LINES = 12;
const EXCERPT_LINE_LENGTH = 160;

/**
 * The headers and first lines of an email (.eml), decoded as a mail app shows them: text the
 * evidence held encoded (base64, quoted-printable), so it is masked as it is decoded.
 */
export async function emailExcerpt(source: Buffer, secrets: readonly string[]): Promise<TextExcerpt> {
  const mail = await simpleParser(source, { skipImageLinks: true });
  const headers: Array<[string, string]> = [
    ['From', mail.from?.text ?? ''],
    ['To', [mail.to ?? []].flat().map((address) => address.text).join(', ')],
    ['Subject', mail.subject ?? ''],
    ['Date', mail.date ? mail.date.toUTCString() : ''],
  ];
  const excerpt = textExcerpt(mail.text ?? '', secrets);
  return { ...excerpt, headers: headers.filter(([, value]) => value).map(([name, value]) => [name, maskSecrets(value, secrets)]) };
}

/** The first non-empty lines of plain text (a log, a JSON document, a text message). */
export function textExcerpt(text: string, secrets: readonly string[]): TextExcerpt {
  const lines = maskSecrets(text, secrets)
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line, index, all) => line !== '' || (index > 0 && all[index - 1] !== ''));
  while (lines[0] === '') lines.shift();
  const shown = lines.slice(0, EXCERPT_LINES).map((line) => (line.length > EXCERPT_LINE_LENGTH ? `${line.slice(0, EXCERPT_LINE_LENGTH - 1)}…` : line));
  return { headers: [], lines: shown, truncated: lines.length > EXCERPT_LINES };
}
