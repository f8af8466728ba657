import type { ParsedMail } from 'mailparser';
import type { CustomerRegistry } from '../customers.ts';
import type { Subscriptions } from '../subscriptions.ts';

/**
 * The unsubscribe@ mailbox: the List-Unsubscribe mailto puts "unsubscribe TOKEN" in the subject;
 * a customer who writes by hand is recognised by the From address instead.
 */
export function unsubscribeMailbox(customers: CustomerRegistry, subscriptions: Subscriptions): (mail: ParsedMail) => void {
  return (mail) => {
    const byToken = (mail.subject ?? '')
      .split(/\s+/)
      .map((word) => customers.findByUnsubscribeToken(word))
      .find((customer) => customer !== undefined);
    const sender = mail.from?.value[0]?.address;
    const customer = byToken ?? (sender === undefined ? undefined : customers.findByEmail(sender));
    if (customer !== undefined) subscriptions.unsubscribe(customer);
  };
}
