/** The contacts that offer the product: its name as the shop shows it, in what the customer reads (case and spacing aside). */
export function offersOf<T extends { words: string }>(contacts: readonly T[], productName: string): T[] {
  const words = productName.trim().split(/\s+/).map(escapeRegExp);
  const mention = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  return contacts.filter((contact) => mention.test(contact.words));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
