import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deliveredToAddresses } from '../../src/mail/delivered-to.ts';

const headers = (entries: Array<[string, string]>) => {
  const map = new Map<string, string[]>();
  for (const [name, value] of entries) map.set(name, [...(map.get(name) ?? []), value]);
  return map;
};

test('the envelope recipient, from whichever delivery header the provider wrote', () => {
  assert.deepEqual(deliveredToAddresses(headers([['delivered-to', 'Sam+News@shopper.test']])), ['sam+news@shopper.test']);
  assert.deepEqual(deliveredToAddresses(headers([['x-original-to', '<sam+a@shopper.test>']])), ['sam+a@shopper.test']);
  assert.deepEqual(deliveredToAddresses(headers([['envelope-to', 'sam+b@shopper.test']])), ['sam+b@shopper.test']);
});

test('the "for" clause of Received headers, not the hosts around it', () => {
  const received = 'from mx.company.test (mx.company.test [127.0.0.1]) by mx.shopper.test (Postfix) with ESMTP id 4F2 for <sam+c@shopper.test>; Fri, 4 Dec 2026 20:00:00 +0000';
  assert.deepEqual(deliveredToAddresses(headers([['received', received], ['received', 'from localhost by mx.company.test; Fri, 4 Dec 2026 19:59:59 +0000']])), ['sam+c@shopper.test']);
});

test('a message without delivery headers names no recipient', () => {
  assert.deepEqual(deliveredToAddresses(headers([['to', 'news@lists.company.test']])), []);
});
