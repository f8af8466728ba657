import { randomBytes } from 'node:crypto';
import { twilioSignature } from '../../../src/channels/phone/twilio-signature.ts';

/** How the fake signs a request: as Twilio does, with another account's token, or not at all. */
export type Signing = 'twilio' | 'wrong-token' | 'none';

export interface PlacedCall {
  callSid: string;
  /** The HTTP status of each webhook request, in order: the call, the speech, the status callback. */
  statuses: number[];
  /** What the phone said to the caller (the <Say> it answered with last), '' when it refused. */
  heardFromPhone: string;
}

/**
 * A fake of Twilio Voice for tests: it places a call to a number whose webhook is the harness, as
 * Twilio does. It POSTs the documented form parameters of an incoming call, signed with
 * X-Twilio-Signature over the public URL; follows the TwiML answer: a <Gather input="speech">
 * gets the caller's words as SpeechResult posted to its action URL; then posts the number's status
 * callback with CallStatus=completed and CallDuration. `webhookBase` is the public base URL the
 * number is configured with; `deliverTo` is where the requests actually go (a tunnel's far end).
 */
export class FakeTwilio {
  readonly accountSid = `AC${randomBytes(16).toString('hex')}`;

  constructor(
    private readonly authToken: string,
    private readonly webhookBase: string,
    private readonly deliverTo: string = webhookBase,
  ) {}

  async placeCall(call: { from: string; to: string; says: string; durationSeconds?: number; signing?: Signing }): Promise<PlacedCall> {
    const callSid = `CA${randomBytes(16).toString('hex')}`;
    const common = {
      AccountSid: this.accountSid,
      ApiVersion: '2010-04-01',
      CallSid: callSid,
      Called: call.to,
      Caller: call.from,
      Direction: 'inbound',
      From: call.from,
      To: call.to,
    };
    const statuses: number[] = [];
    let said = '';
    const incoming = await this.post(`${this.webhookBase}/voice`, { ...common, CallStatus: 'ringing' }, call.signing);
    statuses.push(incoming.status);
    if (incoming.status === 200) {
      const gather = /<Gather\b[^>]*\baction="([^"]+)"/.exec(incoming.body);
      said = lastSay(incoming.body);
      if (gather) {
        const heard = await this.post(unescapeXml(gather[1]!), { ...common, CallStatus: 'in-progress', SpeechResult: call.says, Confidence: '0.92' }, call.signing);
        statuses.push(heard.status);
        said = lastSay(heard.body);
      }
    }
    const duration = String(call.durationSeconds ?? 12);
    const completed = await this.post(`${this.webhookBase}/voice/status`, { ...common, CallStatus: 'completed', CallDuration: duration, Duration: '1' }, call.signing);
    statuses.push(completed.status);
    return { callSid, statuses, heardFromPhone: said };
  }

  private async post(publicUrl: string, fields: Record<string, string>, signing: Signing = 'twilio'): Promise<{ status: number; body: string }> {
    const params = new URLSearchParams(fields);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'TwilioProxy/1.1' };
    if (signing !== 'none') headers['x-twilio-signature'] = twilioSignature(signing === 'twilio' ? this.authToken : 'another-accounts-token', publicUrl, params);
    const url = new URL(publicUrl);
    const response = await fetch(new URL(url.pathname + url.search, this.deliverTo), { method: 'POST', headers, body: params.toString() });
    return { status: response.status, body: await response.text() };
  }
}

function lastSay(twiml: string): string {
  const says = [...twiml.matchAll(/<Say>([^<]*)<\/Say>/g)].map((match) => unescapeXml(match[1]!));
  return says.at(-1) ?? '';
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
