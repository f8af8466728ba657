import { startDemoCompany } from '../demo/company.ts';
import { parseFaults } from '../demo/faults.ts';
import type { DemoCompanyWiring } from '../src/runtime/demo-company.ts';

/** The built-in demo company, as the engine's DemoCompanyWiring: Demo Shop started for a run. */
export const demoCompany: DemoCompanyWiring = {
  parseFaults,
  async start(options) {
    const company = await startDemoCompany(options);
    return {
      webUrl: company.webUrl,
      mailDomain: company.mailDomain,
      smtp: company.smtp,
      paymentLedger: { kind: 'captures-api', url: company.paymentGateway.url, apiKey: company.paymentGateway.ledgerKey },
      stop: () => company.stop(),
    };
  },
};
