import type { MembershipPages } from '../../promise-kept/membership-pages.ts';

// PLACEHOLDER (issue 3): the demo company's pages for the promise-kept journey.
export const membership: MembershipPages = {};
