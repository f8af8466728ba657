// What a customer reads to unsubscribe, in the languages our users' customers read (English,
// German, French, Spanish, Swedish, Finnish, Dutch, Italian). A target adds its own words in
// config (`wording`); see docs/configuration.md.
import type { TargetWording } from '../../src/config/schema.ts';
import { anyOf } from '../../src/text/word-list.ts';

/** The footer link that unsubscribes. */
const UNSUBSCRIBE_LINK = [
  'unsubscribe', 'opt out', 'opt-out', 'stop receiving', 'stop these', 'leave this list', 'remove me',
  'abmelden', 'abbestellen', 'austragen', 'désabonner', 'desabonner', 'désinscri', 'desinscri',
  'darse de baja', 'dar de baja', 'cancelar suscripción', 'cancelar la suscripción', 'avsluta prenumeration',
  'avregistrera', 'avanmäl', 'peruuta tilaus', 'peru tilaus', 'lopeta tilaus', 'tilauksen peruutus',
  'poistu postituslistalta', 'uitschrijven', 'afmelden', 'disiscriviti', 'annulla iscrizione',
];

/** The footer link to a page of email preferences, where the customer can also stop the mail. */
const PREFERENCES_LINK = [
  'preferences', 'email settings', 'subscription settings', 'einstellungen', 'préférences', 'preferencias',
  'inställningar', 'asetukset', 'asetuksia', 'voorkeuren', 'preferenze',
];

/** Words an unsubscribe address tends to carry in its path, whatever the link's text. */
const UNSUBSCRIBE_PATH = /unsub|opt-?out|abmeld|abbestell|desabonn|désabonn|desinscri|baja|avregistr|avsluta|peru|uitschrijv|afmeld|disiscri/i;

/** The button that confirms the unsubscribe on the page behind the link. */
const CONFIRM_BUTTON = [
  'unsubscribe', 'confirm', 'yes', 'opt out', 'stop', 'remove', 'abmelden', 'bestätigen', 'ja',
  'désabonner', 'desabonner', 'confirmer', 'oui', 'darse de baja', 'confirmar', 'sí', 'avsluta', 'bekräfta',
  'peruuta', 'kyllä', 'vahvista', 'lopeta', 'uitschrijven', 'bevestigen', 'disiscriviti', 'conferma',
];

/** What the page says once the customer is unsubscribed. */
const UNSUBSCRIBED = [
  'unsubscribed', 'no longer receive', 'removed from', 'opted out', 'won\'t receive', 'will not receive', 'won’t receive',
  'abgemeldet', 'ausgetragen', 'keine e-mails mehr', 'désabonné', 'désinscrit', 'ne recevrez plus', 'dado de baja',
  'ya no recibirás', 'ya no recibira', 'avregistrerad', 'avslutad', 'inte längre', 'peruttu', 'et saa enää', 'ette saa enää',
  'ei enää', 'lopetettu', 'poistettu', 'uitgeschreven', 'afgemeld', 'disiscritto', 'non riceverai più',
];

/** A page that went wrong, in words: no confirmation whatever else it shows. */
const ERROR_WORDS = ['error', 'went wrong', 'not found', 'expired', 'invalid', 'fehler', 'erreur', 'fel', 'virhe', 'ei löydy', 'vanhentunut', 'fout', 'errore'];

export interface UnsubscribeWords {
  link: RegExp;
  preferences: RegExp;
  path: RegExp;
  confirmButton: RegExp;
  unsubscribed: RegExp;
  error: RegExp;
}

/** The built-in words plus the target's own. */
export function unsubscribeWords(wording: Partial<TargetWording> = {}): UnsubscribeWords {
  return {
    link: anyOf(UNSUBSCRIBE_LINK, wording.unsubscribeLink ?? []),
    preferences: anyOf(PREFERENCES_LINK),
    path: UNSUBSCRIBE_PATH,
    confirmButton: anyOf(CONFIRM_BUTTON, wording.confirmUnsubscribe ?? []),
    unsubscribed: anyOf(UNSUBSCRIBED, wording.unsubscribed ?? []),
    error: anyOf(ERROR_WORDS),
  };
}
