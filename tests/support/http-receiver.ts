import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers: an HTTP status, or never (to see a sender give up). */
export type Answer = number | 'never';

/** A stand-in for Slack, Teams or any webhook on loopback: keeps every request and answers as told. */
export interface HttpReceiver {
  url(path: string): string;
  received: ReceivedRequest[];
  /** The JSON bodies received on one path. */
  jsonOn(path: string): unknown[];
  close(): Promise<void>;
}

export async function startHttpReceiver(answer: (path: string) => Answer = () => 200): Promise<HttpReceiver> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ method: request.method ?? '', path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = answer(path);
      if (status !== 'never') response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    jsonOn: (path) => received.filter((request) => request.path === path).map((request) => JSON.parse(request.body) as unknown),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
