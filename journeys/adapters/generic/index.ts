import type { AuditTarget } from '../../../src/runtime/audit-target.ts';
import type { CompanyAdapter } from '../company-adapter.ts';
import { genericNewsletter } from './newsletter.ts';
import { genericSupport } from './support.ts';

/** A company driven from its configuration alone (targets.<id>.website): no code of its own. */
export default (target: AuditTarget): CompanyAdapter => ({ newsletter: genericNewsletter(target), support: genericSupport(target) });
