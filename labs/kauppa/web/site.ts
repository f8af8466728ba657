import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Faults } from '../faults.ts';
import { confirmationRequest, welcome } from '../mail/newsletter-mail.ts';
import type { Postman } from '../mail/postman.ts';
import type { Subscriber, Subscribers } from '../subscribers.ts';
import { customerServicePage, frontPage, notFoundPage, unavailablePage } from './info-pages.ts';
import type { Page } from './layout.ts';
import { badLinkPage, confirmedPage, signedUpPage, signUpPage } from './newsletter-pages.ts';
import { askToUnsubscribePage, cancelledPage, settingsPage } from './unsubscribe-pages.ts';

export interface SiteParts {
  subscribers: Subscribers;
  postman: Postman;
  faults: Faults;
  webUrl: string;
}

type Handler = (query: URLSearchParams, form: URLSearchParams) => Page | Promise<Page>;

// Pages that only a subscriber's token opens; the fault "unsubscribe-link-broken" takes them away.
const LIST_PAGES = ['/peru', '/asetukset'];

/** Kauppa's website as a node:http request listener: a table of "METHOD /path" → page. */
export function createSite(parts: SiteParts): (request: IncomingMessage, response: ServerResponse) => void {
  const { subscribers, postman, webUrl } = parts;
  const withSubscriber = (token: string | null, show: (subscriber: Subscriber) => Page): Page => {
    const subscriber = token ? subscribers.byListToken(token) : undefined;
    return subscriber ? show(subscriber) : badLinkPage();
  };
  const cancel = (token: string | null): Page =>
    withSubscriber(token, (subscriber) => {
      subscribers.cancel(subscriber);
      return cancelledPage();
    });

  const routes: Record<string, Handler> = {
    'GET /': () => frontPage(),
    'GET /asiakaspalvelu': () => customerServicePage(),
    'GET /uutiskirje': () => signUpPage(),
    'POST /uutiskirje': (_query, form) => {
      const address = (form.get('sahkoposti') ?? '').trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) return signUpPage('Tarkista sähköpostiosoite.', address);
      if (form.get('lupa') !== 'kylla') return signUpPage('Hyväksy tarjousten lähettäminen, jotta voimme tilata uutiskirjeen.', address);
      const subscriber = subscribers.signUp(address);
      if (subscriber.state === 'awaiting-confirmation') void postman.send(confirmationRequest(subscriber, webUrl));
      return signedUpPage();
    },
    'GET /uutiskirje/vahvista': (query) => {
      const confirmed = subscribers.confirm(query.get('t') ?? '');
      if (!confirmed) return badLinkPage();
      if (confirmed.firstTime) void postman.send(welcome(confirmed.subscriber, webUrl));
      return confirmedPage();
    },
    'GET /peru': (query) => withSubscriber(query.get('t'), askToUnsubscribePage),
    'POST /peru': (_query, form) => cancel(form.get('t')),
    'GET /asetukset': (query) => withSubscriber(query.get('t'), (subscriber) => settingsPage(subscriber)),
    'POST /asetukset': (_query, form) =>
      withSubscriber(form.get('t'), (subscriber) => {
        const frequency = form.get('tiheys');
        if (frequency === 'viikoittain' || frequency === 'kuukausittain') subscriber.frequency = frequency;
        return settingsPage(subscriber, true);
      }),
    'POST /asetukset/lopeta': (_query, form) => cancel(form.get('t')),
  };

  return (request, response) => {
    const url = new URL(request.url ?? '/', webUrl);
    readForm(request)
      .then((form) => {
        if (parts.faults.has('website-down')) return unavailablePage();
        if (parts.faults.has('unsubscribe-link-broken') && LIST_PAGES.some((prefix) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`))) return notFoundPage();
        const handler = routes[`${request.method} ${url.pathname}`];
        return handler ? handler(url.searchParams, form) : notFoundPage();
      })
      .then(
        (page) => {
          response.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          response.end(page.html);
        },
        (error: unknown) => {
          console.error('Kauppa Oy web:', error);
          response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          response.end('Palvelinvirhe');
        },
      );
  };
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  if (request.method !== 'POST') return new URLSearchParams();
  let body = '';
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > 16_384) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}
