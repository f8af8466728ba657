// Who Kauppa Oy is on the wire: its mail domain and the addresses customers see.

export const DOMAIN = 'kauppa.test';

export const ADDRESS = {
  newsletter: { name: 'Kauppa uutiskirje', address: `uutiskirje@${DOMAIN}` },
  offers: { name: 'Kauppa', address: `tarjoukset@${DOMAIN}` },
  optOut: `poistu@${DOMAIN}`,
  support: `asiakaspalvelu@${DOMAIN}`,
  supportDesk: { name: 'Kauppa asiakaspalvelu', address: `asiakaspalvelu@${DOMAIN}` },
  agent: { name: 'Aino Virtanen', address: `asiakaspalvelu@${DOMAIN}` },
} as const;

/** The list the campaigns go out on (RFC 2919). */
export const LIST_ID = `<tarjoukset.${DOMAIN}>`;

/** The local part that confirms a mailed opt-out: poistu+vahvista-<token>. */
export const OPT_OUT_CONFIRM_PREFIX = 'poistu+vahvista-';
