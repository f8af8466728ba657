import { DOMAIN } from '../identity.ts';
import { newToken } from '../tokens.ts';

/** A fresh Message-ID of Kauppa's domain. */
export function newMessageId(): string {
  return `<${newToken()}@${DOMAIN}>`;
}

/** A header nodemailer must write as given: no encoding, no re-folding of the <…> list. */
export function asIs(value: string): { prepared: true; value: string } {
  return { prepared: true, value };
}
