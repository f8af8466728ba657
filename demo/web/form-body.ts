import type { IncomingMessage } from 'node:http';

export const MAX_FORM_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {
  constructor() {
    super(`Request body larger than ${MAX_FORM_BYTES} bytes`);
  }
}

/**
 * Reads a form POST: multipart/form-data (RFC 8058's own example of a one-click request) or,
 * for any other content type, application/x-www-form-urlencoded. Rejects bodies over 64 KiB.
 */
export async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const body = await readBody(request);
  const contentType = request.headers['content-type'] ?? '';
  const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  return boundary === undefined ? new URLSearchParams(body) : parseMultipartFields(body, boundary);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_FORM_BYTES) chunks.push(chunk);
      else tooLarge();
    };
    // Keep draining (discarding) the body so that the client can still read the 413 answer.
    const tooLarge = (): void => {
      request.off('data', onData);
      request.resume();
      reject(new BodyTooLargeError());
    };
    if (Number(request.headers['content-length'] ?? 0) > MAX_FORM_BYTES) return tooLarge();
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
  });
}

// Text fields only: enough for the one-click and confirmation forms; file parts are not expected.
function parseMultipartFields(body: string, boundary: string): URLSearchParams {
  const fields = new URLSearchParams();
  for (const part of body.split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd === -1) continue;
    const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(part.slice(0, headerEnd))?.[1];
    if (name !== undefined) fields.append(name, part.slice(headerEnd + 4).replace(/\r\n$/, ''));
  }
  return fields;
}
