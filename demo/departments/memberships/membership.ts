/** A customer's membership of the shop's plan, as the membership book keeps it. */
export interface Membership {
  readonly email: string;
  readonly since: Date;
  renewsOn: Date;
  /** Support has promised the goodwill extension (whether or not anyone recorded it). */
  extensionPromised: boolean;
  /** Bumped whenever the renewal notice is rescheduled; an older scheduled notice then stays unsent. */
  noticeGeneration: number;
}
