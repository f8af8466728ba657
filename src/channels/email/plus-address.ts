/**
 * A sub-address of a mailbox (RFC 5233 "plus addressing"): mail to sam+tag@example.com lands in
 * sam@example.com at Gmail, Outlook, Fastmail, Dovecot and most providers, so each scenario gets
 * an address of its own in one real mailbox.
 */
export function plusAddress(address: string, tag: string): string {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).split('+')[0];
  const cleanTag = tag.toLowerCase().replace(/[^a-z0-9-]+/g, '');
  return `${local}+${cleanTag}${address.slice(at)}`;
}
