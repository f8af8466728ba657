import { randomBytes } from 'node:crypto';

/** A lamp, priced in öre (SEK minor units). */
export interface Lamp {
  artikelnummer: string;
  namn: string;
  prisOre: number;
}

export const LAMPS: readonly Lamp[] = [
  { artikelnummer: 'TL-01', namn: 'Taklampa Ljus', prisOre: 199_000 },
  { artikelnummer: 'BL-07', namn: 'Bordslampa Glimt', prisOre: 64_900 },
];

/** What Lampbutiken adds when a fault makes it charge more than it showed: a delivery fee of 99 kr. */
export const UNSHOWN_DELIVERY_FEE_ORE = 9_900;

export type OrderStatus = 'obetald' | 'betald' | 'behandlas';

export interface Order {
  ordernummer: string;
  kund: string;
  lamp: Lamp;
  status: OrderStatus;
  /** How many times Stripe took money for it. */
  charges: number;
}

/** "1 990,00 kr": how Swedish shops write prices (a no-break space groups thousands). */
export function kronor(ore: number): string {
  const [whole, fraction] = (ore / 100).toFixed(2).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+$)/g, '\u00a0')},${fraction}\u00a0kr`;
}

/** The shop's customers and orders, in memory. */
export class Shop {
  readonly #customers = new Map<string, { epost: string; namn: string }>();
  readonly #orders = new Map<string, Order>();
  #next = 1001;

  /** Opens an account; returns the token its API calls carry. */
  openAccount(epost: string, namn: string): string {
    const token = randomBytes(18).toString('base64url');
    this.#customers.set(token, { epost, namn });
    return token;
  }

  customer(token: string | undefined): { epost: string; namn: string } | undefined {
    return token ? this.#customers.get(token) : undefined;
  }

  placeOrder(kund: string, lamp: Lamp): Order {
    const order: Order = { ordernummer: `LB-${this.#next++}`, kund, lamp, status: 'obetald', charges: 0 };
    this.#orders.set(order.ordernummer, order);
    return order;
  }

  order(kund: string, ordernummer: string): Order | undefined {
    const order = this.#orders.get(ordernummer);
    return order?.kund === kund ? order : undefined;
  }

  ordersOf(kund: string): Order[] {
    return [...this.#orders.values()].filter((order) => order.kund === kund);
  }

  /** Every order placed, for a test to count. */
  allOrders(): Order[] {
    return [...this.#orders.values()];
  }
}
