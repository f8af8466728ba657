import type MailosaurClient from 'mailosaur';
import { MailboxCredentialsRejected, MailboxUnavailable } from './mailbox-errors.ts';

export interface MailosaurSettings {
  apiKey: string;
  /** The 8-character id of the Mailosaur server (inbox) the personas use. */
  serverId: string;
  /** Another API endpoint than https://mailosaur.com/ (regional, enterprise, or a test fake). */
  baseUrl?: string;
  /** The mail domain of the server's addresses (default mailosaur.net). */
  smtpDomain?: string;
}

export interface MailosaurSummary {
  id: string;
  type?: string;
  received?: Date;
}

/**
 * One Mailosaur search. With a timeout, the client keeps asking (at the pace Mailosaur sets)
 * until something matches or the time is up; an empty list is an answer, not an error.
 */
export async function searchMailosaur(
  client: MailosaurClient,
  settings: MailosaurSettings,
  criteria: Record<string, string>,
  receivedAfter: Date | undefined,
  timeoutMs: number,
): Promise<MailosaurSummary[]> {
  const result = await callMailosaur(settings, () =>
    client.messages.search(settings.serverId, criteria, {
      // Mailosaur only looks back one hour unless told otherwise.
      receivedAfter: receivedAfter ?? new Date(Date.now() - 30 * 86_400_000),
      timeout: Math.round(timeoutMs),
      errorOnTimeout: false,
      itemsPerPage: 50,
    }),
  );
  return (result.items ?? []) as MailosaurSummary[];
}

/**
 * Calls the API once more when a kept-alive connection was dropped under us (the client reuses
 * sockets the service may have closed); any other failure is reported as such.
 */
export async function callMailosaur<T>(settings: MailosaurSettings, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const code = (error as { code?: string; message?: string }).code;
    if (code !== 'ECONNRESET' && !/socket hang up/.test((error as Error).message ?? '')) throw mailosaurFailure(error, settings);
    try {
      return await call();
    } catch (retryError) {
      throw mailosaurFailure(retryError, settings);
    }
  }
}

/** Turns a client failure into what the run reports: a rejected key (exit 2) or an unreachable service. */
export function mailosaurFailure(error: unknown, settings: MailosaurSettings): Error {
  const failure = error as { errorType?: string; httpStatusCode?: number; message?: string; code?: string };
  if (failure.httpStatusCode === 401 || failure.errorType === 'authentication_error') {
    return new MailboxCredentialsRejected('Mailosaur rejected the API key: check MAILOSAUR_API_KEY in .env');
  }
  if (failure.httpStatusCode === 400 || failure.httpStatusCode === 404) {
    return new MailboxCredentialsRejected(`Mailosaur does not know server "${settings.serverId}": check MAILOSAUR_SERVER_ID in .env`);
  }
  return new MailboxUnavailable(`The Mailosaur API (${settings.baseUrl ?? 'https://mailosaur.com/'}) cannot be reached: ${failure.message ?? failure.code ?? String(error)}`);
}
