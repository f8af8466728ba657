import type { Secret } from '../config/secret.ts';

/** A receiver answered, but not with success. */
export class ReceiverRefused extends Error {
  override name = 'ReceiverRefused';
}

/** POSTs a JSON body to a webhook whose URL is a secret; throws when it is not accepted in time. */
export async function postJson(url: Secret, body: unknown, timeoutMs: number): Promise<void> {
  const response = await fetch(url.reveal(), {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    // A redirect would carry the message somewhere the configuration never named.
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel();
  if (!response.ok) throw new ReceiverRefused(`the receiver answered HTTP ${response.status}`);
}
