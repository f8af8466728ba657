import { CallStore } from './call-store.ts';
import { ANSWER_WORDS, type PhoneCall } from './phone-call.ts';

/** A call ringing on the shopper's phone, as the network that carries it describes it. */
export interface RingingCall {
  from: string;
  to: string;
  /** What the caller said, when the network heard it at once (the local phone network). */
  heard?: string;
  callSid?: string;
}

/** Picks up: answers as the journey set for the number, logs the call, and returns it with the words the phone says. */
export async function answerCall(store: CallStore, ringing: RingingCall): Promise<{ call: PhoneCall; words: string }> {
  const answer = await store.answerFor(ringing.to);
  const call = await store.save({ from: ringing.from, to: ringing.to, heard: ringing.heard ?? '', answer, ...(ringing.callSid ? { callSid: ringing.callSid } : {}) });
  return { call, words: ANSWER_WORDS[answer] };
}
