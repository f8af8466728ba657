/** Where Lampbutiken's payments go: Stripe's REST API (or anything that speaks it), with the shop's secret key. */
export interface StripeAccount {
  url: string;
  secretKey: string;
}

/** Stripe's test payment methods for the test cards a customer may type. */
const TEST_PAYMENT_METHODS: Record<string, string> = {
  '4242424242424242': 'pm_card_visa',
  '5555555555554444': 'pm_card_mastercard',
  '4000000000000002': 'pm_card_chargeDeclined',
};

export type ChargeResult = { charged: true; paymentIntent: string } | { charged: false; declined: string };

/**
 * Creates and confirms a PaymentIntent for the order, as a shop's server does at checkout: the
 * order number in its metadata, the customer's email as the receipt address.
 */
export async function charge(stripe: StripeAccount, payment: { orderNumber: string; amountOre: number; email: string; cardNumber: string }): Promise<ChargeResult> {
  const paymentMethod = TEST_PAYMENT_METHODS[payment.cardNumber.replace(/\D/g, '')];
  if (!paymentMethod) return { charged: false, declined: 'Lampbutiken tar bara emot testkort' };
  const body = new URLSearchParams({
    amount: String(payment.amountOre),
    currency: 'sek',
    'metadata[order_id]': payment.orderNumber,
    receipt_email: payment.email,
    payment_method: paymentMethod,
    confirm: 'true',
  });
  const response = await fetch(new URL('/v1/payment_intents', stripe.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${stripe.secretKey}`, 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  const answer = (await response.json()) as { id?: string; status?: string; error?: { message?: string } };
  if (response.ok && answer.status === 'succeeded' && answer.id) return { charged: true, paymentIntent: answer.id };
  return { charged: false, declined: answer.error?.message ?? `Stripe answered ${response.status}` };
}
