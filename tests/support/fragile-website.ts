import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A company website a test can break: it answers as `answer` says, and can be stopped mid-run. */
export interface FragileWebsite {
  url: string;
  requests: number;
  stop(): Promise<void>;
}

/** `answer` gets each request with its number (1 for the first); it may also never answer. */
export async function startFragileWebsite(answer: (request: IncomingMessage, response: ServerResponse, website: FragileWebsite) => void): Promise<FragileWebsite> {
  const server = createServer((request, response) => {
    website.requests += 1;
    answer(request, response, website);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const website: FragileWebsite = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: 0,
    // Dropping the open connections too: a company that died does not keep its sockets.
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return website;
}

/** A newsletter sign-up form, as the generic adapter looks for one. */
export const NEWSLETTER_FORM = `<!doctype html><title>Newsletter</title>
<form method="post" action="/newsletter">
<label>Email address <input name="email" type="email"></label>
<label><input type="checkbox" name="offers"> Send me offers by email</label>
<button type="submit">Subscribe</button>
</form>`;
