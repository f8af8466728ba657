import { Given } from '../../steps/fixtures.ts';

// The quickest scenario a journey can have, for the scaling and daemon-memory benchmarks: one
// page of the company's website, through the same fixtures (browser, origin guard, notebook) as every journey.
Given("I open the shop's home page", async ({ parts }) => {
  await parts.page.goto(parts.target.webUrl ?? 'about:blank');
});
