import type { DepartmentFactory } from '../department.ts';
import { Checkout } from './checkout.ts';
import { flightRoutes } from './flight-pages.ts';
import { orderListSection } from './order-list.ts';
import { FlightOrders } from './orders.ts';
import { paymentHelpRoutes } from './payment-help.ts';
import { PaymentRecords } from './payment-records.ts';
import { TicketOffice } from './ticket-office.ts';

/**
 * Flights: customers choose a flight, pay by card through the payment gateway and get an e-ticket
 * by email; their orders are on the account page and payment help answers questions about them.
 */
export const createFlights: DepartmentFactory = ({ faults, outbox, paymentGateway }) => {
  const orders = new FlightOrders();
  const payments = new PaymentRecords();
  const tickets = new TicketOffice(outbox, faults);
  const checkout = new Checkout(paymentGateway, payments, tickets, faults);
  return {
    name: 'Flights',
    routes: [
      ...flightRoutes({ orders, checkout }),
      ...paymentHelpRoutes({ ordersOf: (email) => orders.forCustomer(email), payments }),
    ],
    accountSection: (customer) => orderListSection(orders.forCustomer(customer.email)),
    stop: () => tickets.settle(),
  };
};
