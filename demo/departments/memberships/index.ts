import type { DepartmentFactory } from '../department.ts';
import { MembershipBook } from './membership-book.ts';
import { membershipRoutes, membershipSection } from './membership-pages.ts';
import { supportChatRoutes } from './support-chat.ts';

/** Demo Shop Plus: a two-year membership, its renewal notice, and the support chat that may extend it. */
export const createMemberships: DepartmentFactory = (context) => {
  const book = new MembershipBook(context);
  return {
    name: 'Memberships',
    routes: [...membershipRoutes(book), ...supportChatRoutes(book)],
    accountSection: (customer) => membershipSection(book, customer),
    stop: () => book.stop(),
  };
};
