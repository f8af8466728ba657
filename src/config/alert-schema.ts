import { z } from 'zod';
import { parseDuration } from './duration.ts';
import { isLoopback } from './loopback.ts';
import { Secret } from './secret.ts';

const MISSING = 'missing: set it in .env (see .env.example) and read it here with process.env';

/**
 * A webhook URL: a secret (whoever has it can post to the channel), so it is kept as a Secret
 * and no message ever quotes it. https only; plain http only to a loopback receiver in a lab.
 */
const webhookUrl = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (!text) return fail(ctx, MISSING);
    if (!URL.canParse(text)) return fail(ctx, 'not a URL');
    const { protocol } = new URL(text);
    if (protocol === 'https:' || (protocol === 'http:' && isLoopback(text))) return new Secret(text);
    return fail(ctx, 'must be an https URL (plain http only to a loopback address, in a lab)');
  });

const requiredText = z
  .string()
  .optional()
  .transform((text, ctx) => text || fail(ctx, MISSING));

/** Empty variables in .env count as unset. */
const optionalText = z
  .string()
  .optional()
  .transform((text) => text || undefined);

/** Which changes a channel hears about. Defaults as in most monitoring tools: failures and recoveries. */
const alertOnSchema = z.object({
  /** The journey became broken for customers. */
  broken: z.boolean().default(true),
  /** The journey became degraded: slower than its threshold, or soft expectations failed. */
  degraded: z.boolean().default(false),
  /** The journey is back to ok after an alert about it on this channel. */
  recovered: z.boolean().default(true),
});

/** Alert only when `failing` of the last `ofLast` runs failed, so that a flapping journey pages no one. */
const alertWhenSchema = z
  .object({
    failing: z.number().int().positive().default(1),
    /** Defaults to `failing`: that many failed runs in a row. */
    ofLast: z.number().int().positive().max(100).optional(),
  })
  .transform(({ failing, ofLast }) => ({ failing, ofLast: ofLast ?? failing }))
  .refine(({ failing, ofLast }) => failing <= ofLast, { path: ['failing'], message: 'cannot be more than ofLast (failing n of the last N runs needs n ≤ N)' });

/**
 * Reminders (off by default): while a journey the channel was told is broken or degraded stays so,
 * and no one acknowledged it, the channel is told again every `everyRuns` runs or `every` (e.g. "4h"), whichever comes first.
 */
const remindSchema = z
  .object({
    everyRuns: z.number().int().positive().optional(),
    every: z.string().optional(),
  })
  .transform(({ everyRuns, every }, ctx) => {
    let everyMs: number | undefined;
    try {
      everyMs = every === undefined ? undefined : parseDuration(every);
    } catch (error) {
      return fail(ctx, (error as Error).message);
    }
    return { ...(everyRuns ? { everyRuns } : {}), ...(everyMs ? { everyMs } : {}) };
  })
  .refine((remind) => remind.everyRuns !== undefined || remind.everyMs !== undefined, { message: 'set everyRuns, every (a duration such as "4h"), or both' });

const channelBase = {
  /** Names the channel in logs and keys its alert state in the run history: unique, and keep it stable. */
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, ".", "_" or "-", starting with a letter or digit'),
  on: alertOnSchema.prefault({}),
  when: alertWhenSchema.prefault({}),
  remind: remindSchema.optional(),
};

/** The SMTP server alert email is submitted to (the company's own relay or a mail provider). */
const smtpSchema = z
  .object({
    host: requiredText,
    port: z.number().int().min(1).max(65_535).default(587),
    /** TLS from the first byte (port 465); otherwise STARTTLS, required unless the host is loopback. */
    secure: z.boolean().optional(),
    user: optionalText,
    /** Secret. */
    password: optionalText.transform((text) => (text === undefined ? undefined : new Secret(text))),
  })
  .transform(({ secure, ...smtp }) => ({ ...smtp, secure: secure ?? smtp.port === 465 }))
  .refine((smtp) => !smtp.user || smtp.password, { path: ['password'], message: `${MISSING} (a user is set)` });

const alertChannelSchema = z.discriminatedUnion('kind', [
  z.object({ ...channelBase, kind: z.literal('slack'), url: webhookUrl }),
  z.object({ ...channelBase, kind: z.literal('teams'), url: webhookUrl }),
  z.object({ ...channelBase, kind: z.literal('webhook'), url: webhookUrl }),
  z.object({
    ...channelBase,
    kind: z.literal('email'),
    from: z.email(),
    to: z.array(z.email()).min(1),
    smtp: smtpSchema,
  }),
]);

/** Where alerts go when a journey's state changes. None by default. */
export const alertsSchema = z
  .array(alertChannelSchema)
  .superRefine((channels, ctx) => {
    const seen = new Set<string>();
    channels.forEach((channel, index) => {
      if (seen.has(channel.name)) {
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `"${channel.name}" names two alert channels; each needs its own (alert state is kept per name)` });
      }
      seen.add(channel.name);
    });
  })
  .default([]);

export type AlertChannel = z.output<typeof alertChannelSchema>;
export type AlertChannelInput = z.input<typeof alertChannelSchema>;
export type WebhookAlertChannel = Exclude<AlertChannel, { kind: 'email' }>;
export type EmailAlertChannel = Extract<AlertChannel, { kind: 'email' }>;

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}
