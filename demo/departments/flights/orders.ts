import type { Capture } from '../../payment-gateway/api.ts';
import type { Flight } from './flight-catalogue.ts';

/** One call to the payment gateway for an order, under its own idempotency key. */
export interface PaymentAttempt {
  idempotencyKey: string;
  amount: number;
  outcome: 'pending' | 'captured' | 'declined' | 'unknown';
  capture?: Capture;
}

/** A flight order as the web shop keeps it: what the customer's account shows. */
export interface FlightOrder {
  ref: string;
  customerEmail: string;
  flight: Flight;
  departureDate: Date;
  /** The total shown at checkout, in cents. */
  price: number;
  status: 'unpaid' | 'paid';
  paid?: { amount: number; cardLast4: string };
  attempts: PaymentAttempt[];
}

/** The web shop's flight orders, numbered N-1042, N-1043… */
export class FlightOrders {
  readonly #byRef = new Map<string, FlightOrder>();
  #nextNumber = 1042;

  create(customerEmail: string, flight: Flight, departureDate: Date): FlightOrder {
    const order: FlightOrder = {
      ref: `N-${this.#nextNumber++}`,
      customerEmail,
      flight,
      departureDate,
      price: flight.fare,
      status: 'unpaid',
      attempts: [],
    };
    this.#byRef.set(order.ref, order);
    return order;
  }

  /** The order, only for the customer who placed it. */
  find(ref: string, customerEmail: string): FlightOrder | undefined {
    const order = this.#byRef.get(ref.toUpperCase());
    return order?.customerEmail === customerEmail ? order : undefined;
  }

  forCustomer(customerEmail: string): FlightOrder[] {
    return [...this.#byRef.values()].filter((order) => order.customerEmail === customerEmail);
  }
}
