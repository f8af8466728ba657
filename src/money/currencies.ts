// ISO 4217: the active currency codes, how many minor-unit digits each has, and the symbols
// customers see on price tags.

const ACTIVE_CODES = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD ' +
    'GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT ' +
    'LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR ' +
    'NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP ' +
    'STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF ' +
    'XPF YER ZAR ZMW ZWL'
  ).split(' '),
);

// Most currencies have two minor-unit digits; these are the exceptions.
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, VND: 0,
  VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};

// Only symbols that name one currency without doubt where customers meet them; "$" is the US dollar.
const SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR',
  '£': 'GBP',
  $: 'USD',
  US$: 'USD',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₺': 'TRY',
  'zł': 'PLN',
  'Kč': 'CZK',
};

export function isCurrencyCode(code: string): boolean {
  return ACTIVE_CODES.has(code);
}

/** How many digits the currency's minor unit has: 2 for EUR (cents), 0 for JPY, 3 for KWD. */
export function minorDigits(code: string): number {
  return MINOR_DIGITS[code] ?? 2;
}

/** The ISO code a symbol or code on a price tag stands for, or undefined. */
export function currencyOf(marker: string): string | undefined {
  if (isCurrencyCode(marker)) return marker;
  return SYMBOLS[marker];
}

/**
 * A regular-expression source matching an active currency code (a whole word) or a symbol,
 * longest symbols first so that "US$" wins over "$".
 */
export const CURRENCY_MARKER = [
  `(?<![A-Za-z])(?:${[...ACTIVE_CODES].join('|')})(?![A-Za-z])`,
  ...Object.keys(SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .map((symbol) => symbol.replace(/[$]/g, '\\$')),
].join('|');
