/**
 * The sandbox's published test cards. It only ever accepts these: any other number, even a valid
 * one, is refused, so that a real card cannot be charged (or stored) by mistake.
 */
const APPROVED = new Set(['4242424242424242', '5555555555554444']);
const DECLINED = new Set(['4000000000000002']);

export type CardVerdict = 'approve' | 'decline' | 'not-a-test-card' | 'invalid';

export function judgeCard(number: string): CardVerdict {
  const digits = number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !passesLuhn(digits)) return 'invalid';
  if (APPROVED.has(digits)) return 'approve';
  if (DECLINED.has(digits)) return 'decline';
  return 'not-a-test-card';
}

export function lastFour(number: string): string {
  return number.replace(/\D/g, '').slice(-4);
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
