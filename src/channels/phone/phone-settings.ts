import { ConfigError } from '../../config/config-error.ts';
import { optionalEnv, requireEnv } from '../../config/env.ts';

/** A real number for the persona's calls, through Twilio (TWILIO_* in .env); none: the local phone network only. */
export interface TwilioPhoneSettings {
  /** The Twilio number (E.164) the persona gives companies. */
  phoneNumber: string;
  authToken: string;
  /** The public base URL Twilio's webhooks reach this harness at; the number's webhook is `<base>/voice`. */
  publicUrl: string;
  /** The local port a tunnel or reverse proxy forwards to; default 8787. */
  port: number;
}

export function readTwilioPhoneSettings(): TwilioPhoneSettings | undefined {
  const phoneNumber = optionalEnv('TWILIO_PHONE_NUMBER');
  if (!phoneNumber) return undefined;
  if (!/^\+\d{8,15}$/.test(phoneNumber)) throw new ConfigError(`TWILIO_PHONE_NUMBER must be an E.164 number such as +447700900123, got "${phoneNumber}"`);
  const publicUrl = requireEnv('TWILIO_WEBHOOK_URL');
  if (!/^https?:\/\//.test(publicUrl)) throw new ConfigError('TWILIO_WEBHOOK_URL must be the public http(s) base URL Twilio calls, e.g. https://shopper.example.com');
  const portText = optionalEnv('TWILIO_WEBHOOK_PORT') ?? '8787';
  const port = Number(portText);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new ConfigError(`TWILIO_WEBHOOK_PORT must be a port number, got "${portText}"`);
  return { phoneNumber, authToken: requireEnv('TWILIO_AUTH_TOKEN'), publicUrl, port };
}
