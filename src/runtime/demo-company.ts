/**
 * The built-in demo company, as the engine sees it: something it can start for a run whose target
 * says `demo: true`, and whose fault names it can check. The engine never imports the demo; the
 * wiring layer (wiring/) implements this and hands it in.
 */
export interface DemoCompanyWiring {
  /** The fault names of a list such as DEMO_FAULTS or --faults; throws on a name the demo does not know. */
  parseFaults(list: string | undefined): ReadonlySet<string>;
  /** Starts the demo company, its mail sent to `mailRelay` and its texts to `smsGateway`. */
  start(options: DemoCompanyStartOptions): Promise<RunningDemoCompany>;
}

export interface DemoCompanyStartOptions {
  faults: ReadonlySet<string>;
  /** Where the company's outgoing mail goes: the personas' provider. */
  mailRelay: { host: string; port: number };
  /** The SMS provider's API base URL (the local phone network). */
  smsGateway: string;
  /** The company's inbound SMTP port; default any free port. */
  smtpPort?: number;
}

export interface RunningDemoCompany {
  webUrl: string;
  /** The company's mail domain and its inbound MX, to which the personas' provider routes mail. */
  mailDomain: string;
  smtp: { host: string; port: number };
  /** Its payment provider's ledger, read with a read-only key. */
  paymentLedger: { kind?: string; url: string; apiKey: string };
  stop(): Promise<void>;
}
