/** A customer's question, by email or through the contact form. */
export interface Enquiry {
  name: string;
  email: string;
  subject: string;
  message: string;
  /** For an emailed enquiry: its Message-ID and References, so that replies thread under it. */
  messageId?: string;
  references?: string[];
}

export interface SupportCase extends Enquiry {
  number: string;
  channel: 'email' | 'contact form';
  /** The Message-ID of the automatic acknowledgement, once it went out. */
  acknowledgementId?: string;
}
