import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local web server that answers every request with a small page (or a redirect) and remembers each one, with when it came. */
export interface CountingServer {
  url: string;
  requests: Array<{ method: string; path: string; at: number }>;
  stop(): Promise<void>;
}

export async function startCountingServer(page: (path: string) => string = () => '<title>ok</title><h1>ok</h1>', redirects: Record<string, string> = {}): Promise<CountingServer> {
  const requests: CountingServer['requests'] = [];
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? 'GET', path, at: Date.now() });
    const location = redirects[path];
    if (location) response.writeHead(302, { location }).end();
    else response.writeHead(200, { 'content-type': 'text/html' }).end(page(path));
  });
  server.on('upgrade', (request, socket) => {
    requests.push({ method: 'UPGRADE', path: request.url ?? '/', at: Date.now() });
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
