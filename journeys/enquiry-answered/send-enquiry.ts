import { websitePart, type JourneyParts } from '../journey-parts.ts';
import { customerQuestion, type SentEnquiry } from './enquiry.ts';

/** Emails the question, from the shopper's own address over SMTP, to the address the website gives. */
export async function emailEnquiry(parts: JourneyParts): Promise<SentEnquiry> {
  const { page, mailSender, notebook, shopper } = parts;
  const supportAddress = await websitePart(parts, 'support').supportAddress(page, parts.target.webUrl);
  const question = customerQuestion(shopper);
  const from = `${shopper.name} <${shopper.email}>`;
  const sent = await mailSender.send({ from, to: supportAddress, subject: question.subject, text: question.text });
  const evidence = await notebook.evidence(
    'my enquiry email',
    `From: ${from}\nTo: ${supportAddress}\nSubject: ${question.subject}\nMessage-ID: ${sent.messageId}\nSent: ${sent.sentAt.toISOString()}\n\n${question.text}`,
    'text/plain',
  );
  return { channel: 'email', subject: question.subject, sentAt: sent.sentAt, messageId: sent.messageId, supportAddress, evidence: [evidence] };
}

/** Sends the same question with the website's contact form, and notes the case reference it shows. */
export async function sendContactForm(parts: JourneyParts): Promise<SentEnquiry> {
  const { page, notebook, shopper, target } = parts;
  if (target.website?.contactForm === false) {
    notebook.notApplicable(`${target.name} has no contact form on its website (targets.${target.id}.website.contactForm is false); its customers write by email`);
  }
  const question = customerQuestion(shopper);
  const receipt = await websitePart(parts, 'support').sendContactForm(page, webUrlOf(parts), {
    name: shopper.name,
    email: shopper.email,
    subject: question.subject,
    message: question.text,
  });
  const confirmation = await notebook.evidence('the contact form confirms my message', await page.screenshot({ fullPage: true }), 'image/png');
  const enquiry: SentEnquiry = { channel: 'contact form', subject: question.subject, sentAt: receipt.sentAt, evidence: [confirmation] };
  if (receipt.caseReference) enquiry.caseReference = receipt.caseReference;
  return enquiry;
}

function webUrlOf({ target }: JourneyParts): string {
  if (!target.webUrl) throw new Error(`targets.${target.id}.webUrl is not set; finding how to contact customer service needs the company's website`);
  return target.webUrl;
}
