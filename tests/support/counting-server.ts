import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local web server that answers every request with a small page and remembers each one, with when it came. */
export interface CountingServer {
  url: string;
  requests: Array<{ method: string; path: string; at: number }>;
  stop(): Promise<void>;
}

export async function startCountingServer(page: (path: string) => string = () => '<title>ok</title><h1>ok</h1>'): Promise<CountingServer> {
  const requests: CountingServer['requests'] = [];
  const server: Server = createServer((request, response) => {
    requests.push({ method: request.method ?? 'GET', path: request.url ?? '/', at: Date.now() });
    response.writeHead(200, { 'content-type': 'text/html' }).end(page(request.url ?? '/'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
