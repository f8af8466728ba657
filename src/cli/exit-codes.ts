/** The exit codes scripts and CI rely on (BRIEF.md). */
export const EXIT = {
  /** Every journey the customer can complete as promised (or awaiting a watch a later run judges). */
  ok: 0,
  /** At least one broken customer experience. */
  broken: 1,
  /** Configuration or harness error: the audit itself could not be trusted. */
  harnessError: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
