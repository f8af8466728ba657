/** TwiML, the XML a Twilio Voice webhook answers with: only the verbs the shopper's phone uses. */

/** Listens for what the caller says (Twilio posts the transcript to `heardUrl`), or, when silent, says `words` and hangs up. */
export function listenFirst(heardUrl: string, words: string): string {
  return response(`<Gather input="speech" speechTimeout="auto" timeout="6" action="${escapeXml(heardUrl)}" method="POST"><Say>Hello?</Say></Gather>${sayAndHangUp(words)}`);
}

/** Says the answer and hangs up. */
export function answerAndHangUp(words: string): string {
  return response(sayAndHangUp(words));
}

function sayAndHangUp(words: string): string {
  return `<Say>${escapeXml(words)}</Say><Hangup/>`;
}

function response(verbs: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${verbs}</Response>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
