import { z } from 'zod';
import { parseDuration } from './duration.ts';

const duration = z.string().transform((text, ctx) => {
  try {
    return parseDuration(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

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
  /** The longest a single run waits in-line; a verdict due later is recorded as awaiting. */
  maxWaitInRun: duration.prefault('2m'),
});

const targetSchema = z.object({
  /** The company's name as customers know it. */
  name: z.string().min(1),
  /** The harness starts the built-in demo company and fills in its addresses. */
  demo: z.boolean().default(false),
  /** The page adapter for this company's website (journeys/adapters), where its pages need one. */
  adapter: z.string().optional(),
  /** The public website, e.g. https://www.example.com (the demo company's is set at run time). */
  webUrl: z.url().optional(),
  /** Origins a journey may visit or call; the website's own origin is always allowed. */
  allowedOrigins: z.array(origin).default([]),
  /**
   * RFC 8058 requires an https one-click URI. Loopback services in a lab serve http; allow that
   * only for loopback origins, and only where the target says so.
   */
  allowHttpOnLoopback: z.boolean().default(false),
  timing: timingSchema.prefault({}),
});

const personaSchema = z.object({
  /** The name the shopper signs up with. */
  name: z.string().min(1),
  /** The shopper's mailbox; each scenario gets a fresh sub-address (local+tag@domain). */
  email: z.email(),
});

export const configSchema = z.object({
  /** The target audited when none is named with MYSTERY_SHOPPER_TARGET. */
  defaultTarget: z.string().min(1),
  targets: z.record(z.string(), targetSchema),
  personas: z.object({ shopper: personaSchema }),
});

export type MysteryShopperConfigInput = z.input<typeof configSchema>;
export type MysteryShopperConfig = z.output<typeof configSchema>;
export type TargetConfig = z.output<typeof targetSchema>;
export type TargetTiming = z.output<typeof timingSchema>;
export type Persona = z.output<typeof personaSchema>;
