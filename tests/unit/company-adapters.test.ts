import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adapterNames, loadCompanyAdapter } from '../../journeys/adapters/index.ts';
import { checkAdapterName, scaffoldAdapter } from '../../src/authoring/scaffold-adapter.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { configSchema } from '../../src/config/schema.ts';
import type { AuditTarget } from '../../src/runtime/audit-target.ts';
import { localMailboxPort } from '../../src/runtime/local-mailbox-port.ts';

const config = configSchema.parse({
  defaultTarget: 'shop',
  targets: { shop: { name: 'Shop', webUrl: 'https://shop.example', website: { newsletterSignUp: '/newsletter', supportAddress: 'help@shop.example' } } },
  personas: { shopper: { name: 'Sam', email: 'sam@shopper.test' } },
});
const target = (adapter?: string) => ({ ...config.targets.shop, id: 'shop', adapter }) as unknown as AuditTarget;

test('company adapters are found by their folder, with a default export', async () => {
  assert.deepEqual(adapterNames().filter((name) => ['demo-shop', 'generic', 'lampbutiken'].includes(name)), ['demo-shop', 'generic', 'lampbutiken']);
  assert.ok((await loadCompanyAdapter(target('demo-shop'))).checkout);
  assert.ok((await loadCompanyAdapter(target('lampbutiken'))).checkout);
  assert.ok((await loadCompanyAdapter(target('generic'))).newsletter, 'a function of the target');
  await assert.rejects(loadCompanyAdapter(target('nobody')), (error: Error) => error instanceof ConfigError && /unknown adapter "nobody".*known: .*demo-shop.*new adapter/.test(error.message));
  await assert.rejects(loadCompanyAdapter(target('../demo-shop')), ConfigError);
  await assert.rejects(loadCompanyAdapter(target(undefined)), /targets\.shop\.adapter is not set/);
});

test('new adapter writes the folder and the checkout to fill in', () => {
  const { files, checklist } = scaffoldAdapter('acme-shop');
  assert.deepEqual(files.map((file) => file.path), ['journeys/adapters/acme-shop/index.ts', 'journeys/adapters/acme-shop/checkout.ts']);
  assert.match(files[0]!.text, /export default adapter;/);
  assert.match(files[1]!.text, /export const checkout: CheckoutPages/);
  assert.ok(checklist.some((item) => item.includes("adapter: 'acme-shop'")));
  assert.throws(() => checkAdapterName('Acme Shop'), ConfigError);
});

test('the local mailbox listens on MYSTERY_SHOPPER_LOCAL_SMTP_PORT when set', () => {
  const saved = process.env.MYSTERY_SHOPPER_LOCAL_SMTP_PORT;
  try {
    delete process.env.MYSTERY_SHOPPER_LOCAL_SMTP_PORT;
    assert.equal(localMailboxPort(), undefined);
    process.env.MYSTERY_SHOPPER_LOCAL_SMTP_PORT = '2525';
    assert.equal(localMailboxPort(), 2525);
    process.env.MYSTERY_SHOPPER_LOCAL_SMTP_PORT = 'smtp';
    assert.throws(() => localMailboxPort(), /MYSTERY_SHOPPER_LOCAL_SMTP_PORT must be a port number/);
  } finally {
    if (saved === undefined) delete process.env.MYSTERY_SHOPPER_LOCAL_SMTP_PORT;
    else process.env.MYSTERY_SHOPPER_LOCAL_SMTP_PORT = saved;
  }
});
