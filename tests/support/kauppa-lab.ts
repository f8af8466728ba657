import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startKauppa, type Kauppa, type KauppaOptions } from '../../labs/kauppa/kauppa.ts';
import { postForm, sendTo, startCapturingRelay, type CapturedMail, type CapturingRelay } from './capturing-relay.ts';

/** Kauppa Oy sending to a capturing relay, with fast clocks: campaigns every 100 ms, answers after 100 ms. */
export async function withKauppa(
  faults: string[],
  use: (kauppa: Kauppa, relay: CapturingRelay) => Promise<void>,
  options: Partial<KauppaOptions> = {},
): Promise<void> {
  const relay = await startCapturingRelay();
  const kauppa = await startKauppa({ relay: { host: '127.0.0.1', port: relay.port }, faults, campaignEveryMs: 100, answerDelayMs: 100, ...options });
  try {
    await use(kauppa, relay);
  } finally {
    await kauppa.stop();
    await relay.close();
  }
}

/** The first mail to `to` whose subject is `subject`, waiting up to `timeoutMs`. */
export async function mailWithSubject(relay: CapturingRelay, to: string, subject: string, timeoutMs = 3_000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = relay.mailFor(to).find((captured) => captured.mail.subject === subject);
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`no mail "${subject}" for ${to}; got: ${relay.mailFor(to).map((captured) => captured.mail.subject).join(' | ') || 'none'}`);
    await sleep(10);
  }
}

/** Signs up with consent and confirms by the emailed link: an active subscriber. */
export async function subscribe(kauppa: Kauppa, relay: CapturingRelay, address: string): Promise<void> {
  const response = await postForm(`${kauppa.webUrl}/uutiskirje`, { sahkoposti: address, lupa: 'kylla' });
  assert.equal(response.status, 200);
  const confirmation = await mailWithSubject(relay, address, 'Vahvista uutiskirjeen tilaus');
  const confirmed = await fetch(linkIn(confirmation.mail.text ?? '', '/uutiskirje/vahvista'));
  assert.match(await confirmed.text(), /Tilaus vahvistettu/);
  await mailWithSubject(relay, address, 'Tervetuloa Kaupan uutiskirjeen tilaajaksi');
}

/** The first http(s) link in `text` whose path is `pathname`. */
export function linkIn(text: string, pathname: string): string {
  const link = (text.match(/https?:\/\/\S+/g) ?? []).find((candidate) => new URL(candidate).pathname === pathname);
  assert.ok(link, `no link to ${pathname} in: ${text}`);
  return link;
}

/** Campaign mails ("Viikon tarjoukset") that reached `to` after `since`. */
export function campaignsSince(relay: CapturingRelay, to: string, since: number): CapturedMail[] {
  return relay.mailFor(to).filter((captured) => captured.mail.subject === 'Viikon tarjoukset' && captured.receivedAt > since);
}

/** Mail to Kauppa's MX; rejects (with nodemailer's error) when the MX refuses the recipient. */
export function mailKauppa(kauppa: Kauppa, message: Parameters<typeof sendTo>[1]): Promise<{ messageId: string }> {
  return sendTo(kauppa.mx, message);
}
