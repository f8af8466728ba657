import type { ParsedMail } from 'mailparser';
import type { SupportDesk } from './support-desk.ts';

/**
 * The support@ mailbox: every message from a person opens a case. Automatic mail (another
 * desk's acknowledgement, an out-of-office, a bounce) is never answered: RFC 3834 loop prevention.
 */
export function supportMailbox(desk: SupportDesk): (mail: ParsedMail) => void {
  return (mail) => {
    const sender = mail.from?.value[0];
    if (sender?.address === undefined || isAutomatic(mail)) return;
    desk.open(
      {
        name: sender.name || sender.address,
        email: sender.address,
        subject: mail.subject || '(no subject)',
        message: mail.text ?? '',
        messageId: mail.messageId,
        references: typeof mail.references === 'string' ? [mail.references] : (mail.references ?? []),
      },
      'email',
    );
  };
}

function isAutomatic(mail: ParsedMail): boolean {
  const autoSubmitted = rawHeader(mail, 'auto-submitted');
  const precedence = rawHeader(mail, 'precedence');
  return (
    (autoSubmitted !== undefined && !/^\s*no\b/i.test(autoSubmitted)) ||
    (precedence !== undefined && /^\s*(bulk|junk|list|auto_reply)\b/i.test(precedence)) ||
    /^(mailer-daemon|postmaster)@/i.test(mail.from?.value[0]?.address ?? '')
  );
}

function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name)?.line;
  return line === undefined ? undefined : line.slice(line.indexOf(':') + 1).trim();
}
