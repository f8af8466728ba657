import type { ReceivedEmail } from '../../src/mail/received-email.ts';
import type { Evidence } from '../../src/findings/finding.ts';
import type { Notebook } from '../../src/findings/notebook.ts';

/** Keeps an email's full source as evidence. */
export function attachEmail(notebook: Notebook, label: string, email: ReceivedEmail): Promise<Evidence> {
  return notebook.evidence(`${label}: ${email.subject || '(no subject)'}`, email.source, 'message/rfc822');
}
