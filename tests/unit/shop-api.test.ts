import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { maskedFields, ShopApi } from '../../src/channels/api/shop-api.ts';
import { OriginNotAllowed } from '../../src/safety/allowed-origins.ts';
import { OriginPolicy } from '../../src/safety/origin-policy.ts';
import { RateLimiter } from '../../src/safety/rate-limiter.ts';
import { targetHttp } from '../../src/safety/target-http.ts';

describe('the shop API client adapters get', () => {
  let server: Server;
  let url: string;
  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        response.writeHead(request.url === '/broken' ? 502 : 200, { 'content-type': 'application/json' });
        response.end(request.url === '/text' ? 'not json' : JSON.stringify({ echoed: body ? JSON.parse(body) : null, token: 'tok_session_123456' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('each exchange is kept as JSON evidence, secrets masked by name and by value', async () => {
    const kept: Array<{ name: string; json: string }> = [];
    const api = new ShopApi(targetHttp(new OriginPolicy('shop', [url]), RateLimiter.unlimited()), async (name, json) => (kept.push({ name, json }), name), (text) => text.replaceAll('s3cret-pass', '[a masked value]'));
    const mark = api.mark();
    const answer = await api.call<{ echoed: unknown }>('/api/pay', { purpose: 'pay order 7', body: { card: { number: '4242 4242 4242 4242', cvc: '123' }, note: 'my password is s3cret-pass' }, headers: { authorization: 'Bearer abc' } }, url);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body.echoed, { card: { number: '4242 4242 4242 4242', cvc: '123' }, note: 'my password is s3cret-pass' }, 'the adapter gets the real answer');
    assert.deepEqual(api.keptSince(mark), ['API: pay order 7 (POST /api/pay → 200)']);
    const exchange = JSON.parse(kept[0]!.json);
    assert.equal(exchange.request.headers.authorization, '[a masked value]');
    assert.deepEqual(exchange.request.body.card, { number: '[a masked value]', cvc: '[a masked value]' });
    assert.equal(exchange.request.body.note, 'my password is [a masked value]');
    assert.equal(exchange.response.body.token, '[a masked value]');
    const text = await api.call('/text', { purpose: 'read a page' }, url);
    assert.equal(text.body, 'not json');
    assert.equal((await api.call('/broken', { purpose: 'fail' }, url)).ok, false);
  });

  test('only allowed origins are called', async () => {
    const api = new ShopApi(targetHttp(new OriginPolicy('shop', ['https://shop.example']), RateLimiter.unlimited()), async () => 'kept');
    await assert.rejects(api.call('/api/pay', { purpose: 'pay' }, url), OriginNotAllowed);
  });

  test('fields named like secrets are masked at any depth, objects kept', () => {
    assert.deepEqual(maskedFields({ password: 'x', nested: [{ apiKey: 'y', cardNumber: 'z' }], card: { last4: '4242' } }), {
      password: '[a masked value]',
      nested: [{ apiKey: '[a masked value]', cardNumber: '[a masked value]' }],
      card: { last4: '4242' },
    });
  });
});
