/**
 * Card numbers that payment providers publish for their sandboxes. The shopper pays only with one
 * of these unless a target explicitly allows real payments.
 */
const PUBLISHED_TEST_CARDS = new Set([
  '4242424242424242',
  '4000056655665556',
  '4000000000000002',
  '4111111111111111',
  '5555555555554444',
  '2223003122003222',
  '5105105105105100',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '3566002020360505',
]);

export function isPublishedTestCard(number: string): boolean {
  return PUBLISHED_TEST_CARDS.has(number.replace(/[\s-]/g, ''));
}

/** "card ending 4242": how a card is named anywhere outside the payment form. */
export function maskedCard(number: string): string {
  return `card ending ${number.replace(/\D/g, '').slice(-4)}`;
}
