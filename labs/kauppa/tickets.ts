/** A help-desk ticket: one per mail in. */
export interface Ticket {
  number: number;
  /** Where the desk answers: the enquiry's Reply-To, else its From, exactly as written. */
  customer: string;
  subject: string;
  /** The enquiry's Message-ID, if it had one. */
  enquiryId: string | undefined;
  openedAt: Date;
}

/** Numbers tickets from 1001, as a desk that has been running a while would. */
export class TicketBook {
  readonly tickets: Ticket[] = [];
  #next = 1001;

  open(customer: string, subject: string, enquiryId: string | undefined): Ticket {
    const ticket: Ticket = { number: this.#next++, customer, subject, enquiryId, openedAt: new Date() };
    this.tickets.push(ticket);
    return ticket;
  }
}
