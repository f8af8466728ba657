import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarySection } from '../../src/reports/html/summary-section.ts';
import { runReport } from '../support/run-reports.ts';

test("the company heading links to the company's website, never to a loopback address that died with the run", () => {
  const at = (webUrl: string) => summarySection({ ...runReport('r1', '2026-01-01T08:00:00.000Z', { enquiry: 'passed' }), target: { id: 'acme', name: 'Acme', webUrl } });
  assert.match(at('https://www.acme.example/'), /<a href="https:\/\/www\.acme\.example\/">Acme<\/a>/);
  for (const dead of ['http://127.0.0.1:41233/', 'http://localhost:8080/', 'http://[::1]:9000/']) {
    const html = at(dead);
    assert.doesNotMatch(html, /<a /, dead);
    assert.match(html, /Customer experience audit · Acme/);
  }
});
