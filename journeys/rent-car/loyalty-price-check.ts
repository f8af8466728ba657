import { isMoreThan, percentDifference, subtractMoney } from '../../src/money/compare-money.ts';
import { formatMoney } from '../../src/money/format-money.ts';
import type { Notebook } from '../../src/findings/notebook.ts';
import type { CarSearch } from './car-rental-pages.ts';
import { maskCardNumber } from './loyalty-card.ts';
import { describeDates } from './rental-dates.ts';
import type { SeenPrice } from './seen-price.ts';

/** A member must never pay more than anyone without a card: records `price-inconsistent` if so, and goes on. */
export async function checkLoyaltyPrice(
  search: CarSearch,
  publicPrice: SeenPrice,
  memberPrice: SeenPrice,
  card: { number: string },
  notebook: Notebook,
): Promise<void> {
  const anyone = publicPrice.offer.total;
  const member = memberPrice.offer.total;
  if (!isMoreThan(member, anyone)) return;
  const car = memberPrice.offer.car;
  await notebook.found({
    kind: 'price-inconsistent',
    customerImpact: `With my loyalty card the ${car} car costs ${formatMoney(member)}, more than the ${formatMoney(anyone)} anyone sees without signing in`,
    expected: `A loyalty price at or below the public price of ${formatMoney(anyone)} for the ${car} car, ${describeDates(search.pickUp, search.dropOff)}`,
    observed:
      `Signed in with loyalty card ${maskCardNumber(card.number)}: ${formatMoney(member)}, ` +
      `${formatMoney(subtractMoney(member, anyone))} (${percentDifference(member, anyone)} %) above the public price of ${formatMoney(anyone)}`,
    evidence: [publicPrice.screenshot, memberPrice.screenshot],
  });
}
