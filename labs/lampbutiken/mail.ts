import nodemailer from 'nodemailer';

export interface Relay {
  host: string;
  port: number;
}

/** The order confirmation, in Swedish, through the relay the shop is given (plain SMTP, no auth). */
export async function sendOrderConfirmation(relay: Relay, order: { email: string; orderNumber: string; item: string; total: string }): Promise<void> {
  const transport = nodemailer.createTransport({ host: relay.host, port: relay.port, secure: false, ignoreTLS: true, name: 'post.lampbutiken.test' });
  try {
    await transport.sendMail({
      from: 'Lampbutiken <order@lampbutiken.test>',
      to: order.email,
      subject: `Orderbekräftelse ${order.orderNumber}`,
      text: `Hej!\n\nTack för din beställning ${order.orderNumber}: ${order.item}, ${order.total}.\nVi skickar lampan inom två arbetsdagar.\n\nLampbutiken`,
    });
  } catch (error) {
    console.error(`Lampbutiken: order confirmation for ${order.orderNumber} not sent via ${relay.host}:${relay.port}: ${(error as Error).message}`);
  } finally {
    transport.close();
  }
}
