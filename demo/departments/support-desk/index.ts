import type { DepartmentFactory } from '../department.ts';
import { contactRoutes } from './contact-pages.ts';
import { SupportDesk } from './support-desk.ts';
import { supportMailbox } from './support-mailbox.ts';

/** Customer service: support@ and the web contact form, each enquiry acknowledged, then answered. */
export const createSupportDesk: DepartmentFactory = (context) => {
  const desk = new SupportDesk(context);
  return {
    name: 'Support desk',
    routes: contactRoutes(desk),
    mailboxes: { support: supportMailbox(desk) },
    fullMailboxes: context.faults.has('support-mailbox-full') ? ['support'] : [],
    stop: () => desk.stop(),
  };
};
