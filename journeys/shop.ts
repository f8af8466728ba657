import type { Page } from '@playwright/test';
import type { ShopApi } from '../src/channels/api/shop-api.ts';
import type { Evidence } from '../src/findings/finding.ts';
import type { MoneyNotation } from '../src/money/read-money.ts';

/**
 * What an adapter drives the shop with, handed to every method: the shop's URL, the scenario's
 * browser page (web shops) and the harness's API client (API shops: guarded, paced, and every
 * exchange kept as evidence). An adapter uses whichever its shop has.
 */
export interface Shop {
  /** The target's webUrl: the storefront, or the base of its API. */
  url: string;
  page: Page;
  api: ShopApi<Evidence>;
  /** How the shop writes money (targets.<id>.checkout: locale, currency), for readMoney. */
  money: MoneyNotation;
  /** What the adapter keeps between its calls in one scenario, e.g. the sign-in token of an API shop. */
  session: Map<string, string>;
}
