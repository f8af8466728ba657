import type { SendMailOptions } from 'nodemailer';
import { ADDRESS, DOMAIN, OPT_OUT_CONFIRM_PREFIX } from '../identity.ts';
import { newMessageId } from './message-id.ts';

// The mailed opt-out, in two steps as many list managers do it: a "reply to confirm" request,
// then a notice once the reply came in.

export function optOutConfirmRequest(to: string, token: string, inReplyTo: string | undefined): SendMailOptions {
  return {
    from: ADDRESS.optOut,
    to,
    replyTo: `${OPT_OUT_CONFIRM_PREFIX}${token}@${DOMAIN}`,
    messageId: newMessageId(),
    ...(inReplyTo ? { inReplyTo, references: inReplyTo } : {}),
    subject: 'Vahvista tilauksen peruminen',
    headers: { 'Auto-Submitted': 'auto-generated' },
    text:
      `Hei!\n\nSaimme pyynnön poistaa osoitteen ${to} Kaupan uutiskirjeen tilaajista.\n` +
      'Vahvista peruminen vastaamalla tähän viestiin. Viestin sisällöllä ei ole väliä.\n\n' +
      'Jos et pyytänyt tätä, voit jättää viestin huomiotta.\n\nKauppa Oy\n',
  };
}

export function optOutDone(to: string): SendMailOptions {
  return {
    from: ADDRESS.optOut,
    to,
    messageId: newMessageId(),
    subject: 'Tilaus peruttu',
    headers: { 'Auto-Submitted': 'auto-generated' },
    text: `Osoite ${to} on poistettu Kaupan uutiskirjeen tilaajista. Et saa enää tarjouksia.\n\nKauppa Oy\n`,
  };
}
