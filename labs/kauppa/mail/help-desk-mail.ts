import type { SendMailOptions } from 'nodemailer';
import { ADDRESS, DOMAIN } from '../identity.ts';
import type { Ticket } from '../tickets.ts';
import { newMessageId } from './message-id.ts';

// The help desk's mail, laid out as RT and OTRS lay theirs out: a tag "[kauppa.test #N]" in the
// subject, a virtual Message-ID per ticket that every ticket mail refers to, and Precedence: bulk
// on everything, the agent's answer included.

export function ticketTag(ticket: Ticket): string {
  return `[${DOMAIN} #${ticket.number}]`;
}

/** The ticket's own id, never sent as a message: what threads the ticket's mails together. */
export function ticketMessageId(ticket: Ticket): string {
  return `<ticket-${ticket.number}@${DOMAIN}>`;
}

export function acknowledgement(ticket: Ticket): SendMailOptions {
  return {
    from: ADDRESS.supportDesk,
    to: ticket.customer,
    messageId: newMessageId(),
    ...(ticket.enquiryId ? { inReplyTo: ticket.enquiryId } : {}),
    references: [ticket.enquiryId, ticketMessageId(ticket)].filter((id): id is string => id !== undefined),
    subject: `${ticketTag(ticket)} Vastaanotettu: ${ticket.subject}`,
    headers: { 'Auto-Submitted': 'auto-replied', Precedence: 'bulk' },
    text: `Kiitos viestistäsi. Tikettinumerosi on #${ticket.number}. Vastaamme pian.\n\nKauppa Oy, asiakaspalvelu\n`,
  };
}

/** A person's answer: no Auto-Submitted, and threaded only by the ticket's id. */
export function agentAnswer(ticket: Ticket): SendMailOptions {
  return {
    from: ADDRESS.agent,
    to: ticket.customer,
    messageId: newMessageId(),
    references: ticketMessageId(ticket),
    subject: `${ticketTag(ticket)} Re: ${ticket.subject}`,
    headers: { Precedence: 'bulk' },
    text:
      'Hei,\n\nkiitos kysymyksestäsi. Tarkistin asian: tilauksesi on käsittelyssä ja lähtee varastolta ' +
      'kahden arkipäivän kuluessa. Saat seurantakoodin sähköpostiisi, kun paketti on matkalla.\n\n' +
      'Ystävällisin terveisin\nAino Virtanen\nKauppa Oy, asiakaspalvelu\n',
  };
}
