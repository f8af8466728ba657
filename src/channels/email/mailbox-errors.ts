import { ConfigError } from '../../config/config-error.ts';

/** The shopper's mailbox cannot be reached: the journeys that need it are not run, with this reason. */
export class MailboxUnavailable extends Error {
  override name = 'MailboxUnavailable';
}

/** The mailbox answered but refused the credentials: a configuration error (exit 2), naming the variables. */
export class MailboxCredentialsRejected extends ConfigError {
  override name = 'MailboxCredentialsRejected';
}
