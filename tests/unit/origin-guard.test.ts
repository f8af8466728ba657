import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from '@playwright/test';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { postOneClickUnsubscribe } from '../../src/channels/api/one-click-post.ts';
import { OriginNotAllowed } from '../../src/safety/allowed-origins.ts';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../src/channels/web/chromium.ts';
import { guardOrigins } from '../../src/channels/web/origin-guard.ts';
import { configSchema } from '../../src/config/schema.ts';
import { collectOutcome } from '../../src/reports/collect-outcome.ts';
import { buildExperienceReport } from '../../src/reports/experience-report.ts';
import { renderExperienceHtml } from '../../src/reports/render-experience-html.ts';
import { allowedOriginsOf } from '../../src/runtime/audit-target.ts';
import { BLOCKED_CONTENT_TYPE } from '../../src/safety/blocked-requests.ts';
import { OriginPolicy } from '../../src/safety/origin-policy.ts';
import { RateLimiter } from '../../src/safety/rate-limiter.ts';
import { targetHttp } from '../../src/safety/target-http.ts';
import { startCountingServer, type CountingServer } from '../support/counting-server.ts';
import { startFragileWebsite } from '../support/fragile-website.ts';

let shop: CountingServer;
let tracker: CountingServer;
before(async () => {
  tracker = await startCountingServer();
  shop = await startCountingServer(
    (path) => `<title>shop</title><h1>${path}</h1><img src="${tracker.url}/pixel.gif">`,
    { '/click': `${tracker.url}/landing` },
  );
});
after(async () => {
  await shop.stop();
  await tracker.stop();
});

describe('the origin policy', () => {
  test('allows the target’s origins, refuses the rest with a sentence naming the target, and remembers each', () => {
    const policy = new OriginPolicy('acme', ['https://www.acme.example']);
    policy.require('https://www.acme.example/newsletter', 'open');
    assert.throws(
      () => policy.require('https://tracker.example/open?id=1', 'open'),
      (error: Error) => error instanceof OriginNotAllowed && error.message.startsWith('Refused to open https://tracker.example/open?id=1: not an allowed origin of target acme'),
    );
    policy.refuse('https://cdn.example/a.js', 'load a script from', false);
    assert.deepEqual(policy.blocked.map(({ url, essential }) => ({ url, essential })), [
      { url: 'https://tracker.example/open?id=1', essential: true },
      { url: 'https://cdn.example/a.js', essential: false },
    ]);
    assert.equal(policy.allows('not a url'), false);
  });

  test('a target may reach its website, its payment ledger and what it lists in allowedOrigins', () => {
    const target = configSchema.parse({
      defaultTarget: 'acme',
      targets: { acme: { name: 'ACME', webUrl: 'https://www.acme.example/shop', allowedOrigins: ['https://links.acme-mail.example/x'], payment: { card: { number: '4242424242424242', expiry: '12/30', cvc: '123' }, ledger: { url: 'https://api.psp.example/v1', apiKey: 'rk' } } } },
      personas: { shopper: { name: 'Sam', email: 'sam@shopper.test' } },
    }).targets.acme!;
    assert.deepEqual(allowedOriginsOf(target, target.webUrl), ['https://www.acme.example', 'https://api.psp.example', 'https://links.acme-mail.example']);
  });
});

describe('HTTP calls outside the browser', () => {
  test('a one-click POST to an origin the target does not allow never leaves the machine', async () => {
    const policy = new OriginPolicy('shop', [shop.url]);
    const http = targetHttp(policy, RateLimiter.unlimited());
    await assert.rejects(postOneClickUnsubscribe(http, `${tracker.url}/unsubscribe?u=1`), OriginNotAllowed);
    assert.deepEqual(tracker.requests, []);
    assert.equal(policy.blocked[0]?.purpose, 'POST a one-click unsubscribe to');
    assert.equal((await postOneClickUnsubscribe(http, `${shop.url}/unsubscribe?u=1`)).status, 200);
    assert.deepEqual(shop.requests.at(-1), { ...shop.requests.at(-1)!, method: 'POST', path: '/unsubscribe?u=1' });
  });
});

describe('the browser', () => {
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS });
  });
  after(() => browser.close());

  test('blocks navigation, redirects, subresources and WebSockets elsewhere (nothing reaches them) and paces the pages it opens', async () => {
    const context = await browser.newContext();
    const policy = new OriginPolicy('shop', [shop.url]);
    await guardOrigins(context, policy, new RateLimiter(4));
    const page = await context.newPage();
    const started = Date.now();
    for (const path of ['/a', '/b', '/c']) await page.goto(`${shop.url}${path}`);
    const pages = shop.requests.filter((request) => request.at >= started && request.method === 'GET');
    assert.ok(pages.at(-1)!.at - pages[0]!.at >= 450, `three pages at 4/s took only ${pages.at(-1)!.at - pages[0]!.at} ms`);
    await assert.rejects(page.goto(`${tracker.url}/elsewhere`), /ERR_BLOCKED_BY_CLIENT/);
    // A click-tracking redirect on the company's own origin to a third party.
    await assert.rejects((await context.newPage()).goto(`${shop.url}/click`), /ERR_BLOCKED_BY_CLIENT/);
    // An email shown in the browser, as the unsubscribe journey shows it, with a tracking pixel and a WebSocket.
    const email = await context.newPage();
    await email.setContent(`<img src="${tracker.url}/in-an-email.gif">`);
    await email.evaluate((url) => new Promise((resolve) => Object.assign(new WebSocket(url), { onclose: resolve, onerror: resolve })), tracker.url.replace('http', 'ws'));
    await context.close();
    assert.deepEqual(tracker.requests, []);
    const blocked = policy.blocked.map(({ url, purpose, essential }) => ({ path: new URL(url).pathname, purpose, essential }));
    assert.deepEqual(
      blocked.filter((entry) => entry.path !== '/favicon.ico'),
      [
        { path: '/pixel.gif', purpose: 'load the image at', essential: false },
        { path: '/pixel.gif', purpose: 'load the image at', essential: false },
        { path: '/pixel.gif', purpose: 'load the image at', essential: false },
        { path: '/elsewhere', purpose: 'open', essential: true },
        { path: '/landing', purpose: 'follow a redirect to', essential: true },
        { path: '/in-an-email.gif', purpose: 'load the image at', essential: false },
        { path: '/', purpose: 'open a WebSocket to', essential: false },
      ],
    );
  });

  test('a server that closes a kept-alive connection just as it is reused never sees a page or a form fail: each goes on a connection of its own', async () => {
    const requests: { method: string; url: string; onConnection: number }[] = [];
    const connections = new WeakMap<object, number>();
    // The worst case of the race: every request that arrives on a connection used before finds it closed.
    const closing = await startFragileWebsite((request, response) => {
      const onConnection = (connections.get(request.socket) ?? 0) + 1;
      connections.set(request.socket, onConnection);
      requests.push({ method: request.method!, url: request.url!, onConnection });
      if (onConnection > 1) return request.socket.destroy();
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<title>${request.method} ${request.url}</title><form method="post" action="/order"><button>Pay</button></form>`);
    });
    const context = await browser.newContext();
    await guardOrigins(context, new OriginPolicy('shop', [closing.url]), RateLimiter.unlimited());
    const page = await context.newPage();
    try {
      await page.goto(`${closing.url}/checkout`);
      await page.goto(`${closing.url}/basket`);
      await page.click('button');
      await page.waitForURL(`${closing.url}/order`);
      assert.equal(await page.title(), 'POST /order');
    } finally {
      await context.close();
      await closing.stop();
    }
    assert.deepEqual(
      requests.filter((request) => request.url !== '/favicon.ico'),
      [
        { method: 'GET', url: '/checkout', onConnection: 1 },
        { method: 'GET', url: '/basket', onConnection: 1 },
        { method: 'POST', url: '/order', onConnection: 1 },
      ],
    );
  });

  test('a page or a form whose new connection is dropped before an answer is the company’s: it is not sent twice', async () => {
    const attempts = new Map<string, number>();
    const resetting = await startFragileWebsite((request) => {
      const key = `${request.method} ${request.url}`;
      attempts.set(key, (attempts.get(key) ?? 0) + 1);
      request.socket.destroy();
    });
    const context = await browser.newContext();
    await guardOrigins(context, new OriginPolicy('shop', [resetting.url]), RateLimiter.unlimited());
    const page = await context.newPage();
    try {
      await assert.rejects(page.goto(`${resetting.url}/always`), /ERR_CONNECTION_RESET/);
      const checkout = await context.newPage();
      await checkout.setContent(`<form method="post" action="${resetting.url}/order"><button>Pay</button></form>`);
      await Promise.all([checkout.waitForEvent('requestfailed'), checkout.click('button')]);
    } finally {
      await context.close();
      await resetting.stop();
    }
    assert.equal(attempts.get('GET /always'), 1);
    assert.equal(attempts.get('POST /order'), 1, 'a form that pays is never sent twice');
  });
});

describe('the report', () => {
  const blocked = [
    { url: 'https://tracker.example/open', purpose: 'open', essential: true, reason: 'Refused to open https://tracker.example/open: not an allowed origin of target acme (targets.acme.allowedOrigins)' },
    { url: 'https://cdn.example/pixel.gif', purpose: 'load the image at', essential: false, reason: 'Refused to load the image at https://cdn.example/pixel.gif: …' },
  ];

  test('a journey stopped by a refused page is needs-maintenance, with the refusal as its problem and every blocked URL listed', () => {
    const { outcome } = collectOutcome(scenario(), result('failed', blocked));
    assert.equal(outcome.status, 'needs-maintenance');
    assert.equal(outcome.problem, blocked[0]!.reason);
    assert.deepEqual(outcome.blockedRequests, blocked);
    assert.deepEqual(outcome.findings, []);
  });

  test('a journey that passed with blocked requests stays passed, and QA still sees what was blocked', () => {
    const { outcome } = collectOutcome(scenario(), result('passed', blocked.slice(1)));
    assert.equal(outcome.status, 'passed');
    const report = buildExperienceReport({ runId: 'r1', startedAt: '2026-11-29T02:00:00Z', finishedAt: '2026-11-29T02:01:00Z', target: { id: 'acme', name: 'ACME' }, faults: [] }, [outcome]);
    assert.deepEqual(report.journeys[0]!.scenarios[0]!.blockedRequests, blocked.slice(1));
    const html = renderExperienceHtml(report);
    const qa = html.slice(html.indexOf('id="qa"'));
    assert.match(qa, /Blocked by the safety guard/);
    assert.match(qa, /https:\/\/cdn\.example\/pixel\.gif/);
  });

  function scenario(): TestCase {
    return {
      title: 'Unsubscribe with the link',
      tags: ['@journey:unsubscribe'],
      annotations: [],
      parent: { title: 'Unsubscribe from marketing email' },
      location: { file: '/x/.features-gen/features/unsubscribe.feature.spec.js', line: 6, column: 1 },
    } as unknown as TestCase;
  }

  function result(status: TestResult['status'], requests: unknown[]): TestResult {
    const attachment = { name: 'blocked requests', contentType: BLOCKED_CONTENT_TYPE, body: Buffer.from(JSON.stringify(requests)) };
    const error = { message: 'page.goto: net::ERR_BLOCKED_BY_CLIENT at https://tracker.example/open' };
    return { status, duration: 1000, attachments: [attachment], annotations: [], retry: 0, ...(status === 'failed' ? { error, errors: [error] } : {}) } as unknown as TestResult;
  }
});
