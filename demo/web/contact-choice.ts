import { parseMobileNumber } from '../customers.ts';

/** What a sign-up or preferences form says about how the customer wants to hear from the shop. */
export interface ContactChoice {
  mobile: string | undefined;
  email: boolean;
  texts: boolean;
  calls: boolean;
}

/** Reads the form's contact fields; an error message, in the customer's words, when they do not fit together. */
export function readContactChoice(form: URLSearchParams): ContactChoice | { error: string } {
  const typed = (form.get('mobile') ?? '').trim();
  const mobile = typed === '' ? undefined : parseMobileNumber(typed);
  if (typed !== '' && mobile === undefined) {
    return { error: 'Please enter your mobile number with its country code, like +44 7700 900123.' };
  }
  const texts = form.get('texts') !== null;
  if (texts && mobile === undefined) return { error: 'To get offers by text, please enter your mobile number.' };
  const calls = form.get('calls') !== null;
  if (calls && mobile === undefined) return { error: 'To get offers by phone, please enter your mobile number.' };
  return { mobile, email: form.get('offers') !== null, texts, calls };
}
