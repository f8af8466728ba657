import type { JourneyParts } from '../journey-parts.ts';
import { checkAccountShowsPromise } from './account-check.ts';
import { checkConfirmation } from './confirmation-check.ts';
import type { ExtensionPromise } from './extension-promise.ts';
import { askForExtension, joinMembership } from './get-promise.ts';
import { checkRenewalNotice } from './renewal-notice-check.ts';

/**
 * A member promised a six-month extension by support: the promise is made in one channel (the
 * support chat), confirmed in another (email), and must still hold in the account and in the
 * renewal notice months later.
 */
export class PromiseKeptJourney {
  private renewalWhenJoined: Date | undefined;
  private promise: ExtensionPromise | undefined;

  constructor(private readonly parts: JourneyParts) {}

  async becomeMember(): Promise<void> {
    this.renewalWhenJoined = await joinMembership(this.parts);
  }

  async getExtensionFromSupport(): Promise<void> {
    if (!this.renewalWhenJoined) throw new Error('Not a member yet: a step must first join the membership');
    this.promise = await askForExtension(this.parts, this.renewalWhenJoined);
  }

  async expectConfirmationByEmail(): Promise<void> {
    await checkConfirmation(this.promised(), this.parts);
  }

  async expectAccountShowsExtension(): Promise<void> {
    await checkAccountShowsPromise(this.promised(), this.parts);
  }

  async expectRenewalNoticeShowsExtension(): Promise<void> {
    await checkRenewalNotice(this.promised(), this.parts);
  }

  private promised(): ExtensionPromise {
    if (!this.promise) throw new Error('No promise yet: a step must first get the extension from support');
    return this.promise;
  }
}
