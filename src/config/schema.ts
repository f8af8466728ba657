import { z } from 'zod';
import { alertsSchema } from './alert-schema.ts';
import { cronOf } from './cron.ts';
import { parseDuration } from './duration.ts';
import { maintenanceWindowsSchema } from './maintenance-windows.ts';
import { decimalMoney } from '../money/decimal-money.ts';
import { Secret } from './secret.ts';
import { isPublishedTestCard } from './test-cards.ts';

const duration = z.string().transform((text, ctx) => {
  try {
    return parseDuration(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/**
 * A setting that must never appear in output: kept as a Secret, which prints as "[a masked value]",
 * and masked in every report, trace and log (docs/safety.md). Read its value from .env, where an
 * empty variable counts as unset.
 */
const optionalSecret = z
  .string()
  .optional()
  .transform((text) => (text ? new Secret(text) : undefined))
  .optional();

const origin = z.url().transform((url) => new URL(url).origin);

/** The timings of a target. Defaults are those a real company is held to; the demo shortens them. */
const timingSchema = z.object({
  /** How long a company may take to honour an opt-out (Gmail/Yahoo bulk-sender rules: 2 days). */
  unsubscribeGracePeriod: duration.prefault('2d'),
  /** After the grace period, how long the shopper keeps watching for marketing mail. */
  marketingObservation: duration.prefault('1d'),
  /** How long a bounce may take to come back after the shopper sends an email. */
  bounceWait: duration.prefault('10m'),
  /** How long the first marketing email may take to arrive after signing up. */
  marketingEmailWait: duration.prefault('10m'),
  /** How long the emailed offer (a quote) may take to arrive after asking for it. */
  quoteEmailWait: duration.prefault('30m'),
  /** How long the ticket may take to arrive after paying. */
  ticketDeliverySla: duration.prefault('15m'),
  /** How long an enquiry may wait for its automatic acknowledgement. */
  acknowledgementSla: duration.prefault('1h'),
  /** How long an enquiry may wait for an answer from a person. */
  answerSla: duration.prefault('1d'),
  /** How long after a promise the renewal notice may take to arrive (renewals are months away). */
  renewalNoticeWait: duration.prefault('400d'),
  /** How long before delivery the advance notice must arrive, at the latest, after ordering. */
  deliveryNoticeWait: duration.prefault('1d'),
  /** How long the shopper counts marketing contacts for the contact-frequency journey. */
  contactObservation: duration.prefault('7d'),
  /** The longest a single run waits in-line; a check due later is left as a watch (awaiting). */
  maxWaitInRun: duration.prefault('2m'),
  /** How long a page of the company's website may take to load before it counts as not answering. */
  pageLoad: duration.prefault('30s'),
  /** How long the shopper looks for a field, a button or a text on a page before the journey counts as unable to follow it. */
  pageAction: duration.prefault('15s'),
});

/** What the company promises about how often it contacts a customer with marketing. */
const contactCapSchema = z.object({
  /** At most this many marketing contacts (emails and texts together)… */
  max: z.number().int().positive(),
  /** …within this period. */
  per: duration,
});

/** An amount of money as written in the config: { amount: '50.00', currency: 'EUR' }. */
const moneySchema = z
  .object({
    amount: z.string().regex(/^\d+(\.\d+)?$/, "a decimal amount such as '50.00'"),
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as 'EUR'"),
  })
  .transform(({ amount, currency }, ctx) => {
    try {
      return decimalMoney(amount, currency);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

/** How the shopper pays. Only test cards unless a target explicitly allows real payments. */
const paymentSchema = z
  .object({
    card: z.object({
      /** Secret: keep a real number in .env and read it here with process.env. */
      number: z.string().regex(/^[\d ]{12,23}$/, 'a card number of 12 to 19 digits'),
      expiry: z.string().regex(/^\d{2}\/\d{2}$/, 'MM/YY'),
      cvc: z.string().regex(/^\d{3,4}$/, '3 or 4 digits'),
    }),
    /** Pay with a card that is not a published test card: real money. Off unless set here. */
    allowRealPayments: z.boolean().default(false),
    /**
     * With allowRealPayments, the most one run may pay in all (every worker and retry together);
     * a payment that would go above it is refused before the card is typed. Required then.
     */
    spendCap: moneySchema.optional(),
    /**
     * The payment provider's ledger, read to see what was really captured (the demo company's is
     * filled in at run time). `kind` names the ledger API (src/channels/api/open-ledger.ts;
     * default `captures-api`). The key should only be allowed to read; keep it in .env.
     */
    ledger: z.object({ kind: z.string().min(1).optional(), url: z.url(), apiKey: z.string().min(1) }).optional(),
  })
  .refine((payment) => payment.allowRealPayments || isPublishedTestCard(payment.card.number), {
    path: ['card', 'number'],
    message: 'not a published test card; the shopper pays only with test cards unless the target sets payment.allowRealPayments: true (and a payment.spendCap)',
  })
  .refine((payment) => !payment.allowRealPayments || payment.spendCap !== undefined, {
    path: ['spendCap'],
    message: "is required with allowRealPayments: true, e.g. spendCap: { amount: '50.00', currency: 'EUR' }",
  })
  // A Stripe live key reads real customers' payments: only where the target pays with real money.
  .refine((payment) => payment.allowRealPayments || payment.ledger?.kind !== 'stripe' || /^(sk|rk)_test_/.test(payment.ledger.apiKey), {
    path: ['ledger', 'apiKey'],
    message: 'a Stripe test key (sk_test_… or rk_test_…) unless the target sets payment.allowRealPayments: true',
  });

/**
 * What the target sells and what proves the purchase, in its own nouns, for findings and the report:
 * { purchase: 'flight', proof: 'e-ticket' }, { purchase: 'lamp', proof: 'order confirmation' }.
 */
const checkoutSchema = z.object({
  purchase: z.string().min(1).default('order'),
  proof: z.string().min(1).default('order confirmation'),
  /** The currency prices are shown in when a page writes only a local sign such as "kr" (ISO 4217). */
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as SEK').optional(),
  /** The locale the shop writes amounts in, e.g. 'sv-SE' for "1 990,00 kr"; default: read either notation. */
  locale: z.string().optional(),
});

/** How fast the shopper may call on the company: pages, and the harness's own HTTP calls. */
const rateSchema = z.object({
  /** Requests per second, for the whole run: each of N parallel workers gets 1/N of it. */
  requestsPerSecond: z.number().positive(),
});

/** A page of the company's website: a full URL, or a path on its webUrl. */
const pageAddress = z.string().regex(/^(https?:\/\/|\/)/, 'a URL or a path starting with /');

/**
 * Where the generic adapter (adapter: 'generic') finds what the generic journeys need, so that
 * a company is audited from configuration alone.
 */
const websiteSchema = z.object({
  /** The newsletter sign-up form (unsubscribe journey). */
  newsletterSignUp: pageAddress.optional(),
  /** The customer-service contact form (enquiry journey); false: the company has none, so that scenario is not run. */
  contactForm: z.union([pageAddress, z.literal(false)]).optional(),
  /** The customer-service email address; without it, the first mailto link of the contact form page. */
  supportAddress: z.email().optional(),
});

/**
 * How this company's mail is told apart where its headers are not enough: by default marketing is
 * mail with List-Unsubscribe, List-Id or Precedence: bulk/list that no header marks automatic.
 */
const mailRulesSchema = z.object({
  /** Senders whose mail is marketing, whatever its headers: addresses, or "@example.com" for a whole domain. */
  marketingSenders: z.array(z.string().regex(/^[^@\s]*@[^@\s]+$/, 'an address, or @domain')).default([]),
  /**
   * The company's marketing offers RFC 8058 one-click unsubscribe, as Gmail and Yahoo require of
   * bulk senders. false for a company that offers none (many list managers cannot): the one-click
   * scenario is then not run, and a missing List-Unsubscribe header is still a broken unsubscribe.
   */
  oneClickUnsubscribe: z.boolean().default(true),
});

/**
 * Words this company's pages and emails use, in any language, added to the built-in vocabulary
 * (English, German, French, Spanish, Swedish, Finnish, Dutch, Italian), matched case-insensitively.
 */
const wordingSchema = z.object({
  /** The unsubscribe link in an email's footer, e.g. "Tilauksen peruutus". */
  unsubscribeLink: z.array(z.string().min(1)).default([]),
  /** The button that confirms the unsubscribe on the page behind it, e.g. "Yes, stop sending". */
  confirmUnsubscribe: z.array(z.string().min(1)).default([]),
  /** What the page says once the customer is unsubscribed. */
  unsubscribed: z.array(z.string().min(1)).default([]),
  /** The button that sends the newsletter sign-up form. */
  signUp: z.array(z.string().min(1)).default([]),
  /** What the page says once the sign-up is sent. */
  signedUp: z.array(z.string().min(1)).default([]),
});

/**
 * How the harness tells its own network outage from the company's. Before a company channel that
 * did not answer is reported (`channel-unavailable`), the harness tries what it reaches on its own
 * account: this reference URL, and its mail provider (the IMAP or Mailosaur server and the SMTP
 * server, when the run uses them; the local mailbox is in-process and proves nothing). If none of
 * them answers either, the run is a harness error (exit 2) and nothing is blamed on the company.
 * Without a reference URL and with the local mailbox there is nothing to try: the company is
 * blamed as before. Checked once per run, only when a channel looks down, by a TCP connection
 * (3 s at most); nothing is sent.
 */
const auditorCheckSchema = z.object({
  /**
   * A site the auditor can reach whenever it is online, outside the company's own hosting (so that
   * the company's outage does not take it down too), e.g. 'https://www.example.org'.
   */
  referenceUrl: z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://www.example.org' }).optional(),
});

const targetSchema = z.object({
  /** The company's name as customers know it. */
  name: z.string().min(1),
  /** The harness starts the built-in demo company and fills in its addresses. */
  demo: z.boolean().default(false),
  /** The page adapter for this company's website (journeys/adapters): 'generic' needs no code. */
  adapter: z.string().optional(),
  /** For the generic adapter: where the website's forms are. */
  website: websiteSchema.optional(),
  /** The public website, e.g. https://www.example.com (the demo company's is set at run time). */
  webUrl: z.url().optional(),
  /** Origins a journey may visit or call; the website's own origin is always allowed. */
  allowedOrigins: z.array(origin).default([]),
  /**
   * RFC 8058 requires an https one-click URI. Loopback services in a lab serve http; allow that
   * only for loopback origins, and only where the target says so.
   */
  allowHttpOnLoopback: z.boolean().default(false),
  /** Polite pacing; default 1 request per second for a real company, unpaced for the demo. */
  rate: rateSchema.optional(),
  timing: timingSchema.prefault({}),
  mail: mailRulesSchema.prefault({}),
  wording: wordingSchema.prefault({}),
  contactCap: contactCapSchema.prefault({ max: 3, per: '7d' }),
  payment: paymentSchema.optional(),
  /** The checkout's nouns and money notation (pay-and-get-ticket). */
  checkout: checkoutSchema.prefault({}),
  /** The auditor's own reachability check for this target; overrides the project's `auditorCheck`. */
  auditorCheck: auditorCheckSchema.optional(),
  /** Planned downtime (src/config/maintenance-windows.ts): runs then alert no one and count in no trend. */
  maintenance: maintenanceWindowsSchema,
});

const personaSchema = z.object({
  /** The name the shopper signs up with. */
  name: z.string().min(1),
  /** The shopper's mailbox; each scenario gets a fresh sub-address (local+tag@domain). */
  email: z.email(),
  /** The shopper's mobile number (E.164); each scenario gets a fresh one on the local phone network. */
  phone: z.string().regex(/^\+\d{8,15}$/, 'an E.164 number such as +447700900123').default('+447700900000'),
  /** Where the shopper has parcels delivered. */
  deliveryAddress: z.string().min(1).default('12 Park Lane, Demo Town'),
  /**
   * Secret: the password of every account the shopper opens, for a company whose password rules a
   * random one may not meet. Default: a fresh throw-away password for each scenario.
   */
  password: optionalSecret,
});

/** When a group of journeys (tagged @schedule:<name>) runs; checked by croner when loaded, so any command names a bad one. */
const scheduleSchema = z
  .object({
    cron: z.string().min(1),
    timezone: z.string().optional(),
  })
  .superRefine((schedule, ctx) => {
    try {
      cronOf(schedule);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['cron'], message: `"${schedule.cron}" is not a valid cron expression (${(error as Error).message})` });
    }
  });

export const configSchema = z.object({
  /** Named schedules for `mystery-shopper schedule`, e.g. { daily: { cron: '0 6 * * *' } }. */
  schedules: z.record(z.string(), scheduleSchema).default({}),
  /** The target audited when none is named with MYSTERY_SHOPPER_TARGET. */
  defaultTarget: z.string().min(1),
  targets: z.record(z.string(), targetSchema),
  personas: z.object({ shopper: personaSchema }),
  /** Where to send alerts when a journey breaks, degrades or recovers (docs/alerts.md). None by default. */
  alerts: alertsSchema,
  /** The auditor's own reachability check, for every target (a target's own `auditorCheck` wins). */
  auditorCheck: auditorCheckSchema.optional(),
  /** The reports every run writes that a quick inner loop may leave out; MYSTERY_SHOPPER_PDF/ALLURE and `run --no-pdf/--no-allure` win. */
  reports: z.object({ pdf: z.boolean().default(true), allure: z.boolean().default(true) }).prefault({}),
});

export type MysteryShopperConfigInput = z.input<typeof configSchema>;
export type MysteryShopperConfig = z.output<typeof configSchema>;
export type TargetConfig = z.output<typeof targetSchema>;
export type TargetTiming = z.output<typeof timingSchema>;
export type TargetPayment = z.output<typeof paymentSchema>;
export type TargetCheckout = z.output<typeof checkoutSchema>;
export type TargetRate = z.output<typeof rateSchema>;
export type Persona = z.output<typeof personaSchema>;
export type WebsiteConfig = z.output<typeof websiteSchema>;
export type MailRules = z.output<typeof mailRulesSchema>;
export type TargetWording = z.output<typeof wordingSchema>;
export type AuditorCheckConfig = z.output<typeof auditorCheckSchema>;
