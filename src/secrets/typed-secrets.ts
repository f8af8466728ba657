/**
 * What the browser's fields held, as a Playwright trace's DOM snapshots record them. A secret typed
 * into a password, card number or security code field is masked by value, even one no
 * configuration knows: the shopper's throw-away passwords.
 */
export interface TypedSecrets {
  /** The values of the secret fields. */
  values: string[];
  /** A card number or security code field held a value: the screencast frames show it. */
  cardShown: boolean;
}

/** What HTML says a field is (its type, autocomplete), or what its name or id suggests. */
const PASSWORD_FIELD = /password|passwd|one-time-code/i;
const CARD_FIELD = /\b(cc-number|cc-csc)\b|card.?num|cc.?num|cvc|cvv|csc|security.?code/i;

type Attributes = Record<string, unknown>;

/** The secret fields' values in a trace's event lines (JSON, one event a line). */
export function typedSecretsIn(traceText: string): TypedSecrets {
  const values = new Set<string>();
  let cardShown = false;
  for (const line of traceText.split('\n')) {
    if (!line.includes('"INPUT"')) continue;
    for (const attributes of inputsIn(parsed(line))) {
      const value = String(attributes.__playwright_value_ ?? attributes.value ?? '');
      // Empty, or masked by an earlier scrub.
      if (!value || value.startsWith('[a masked')) continue;
      const what = [attributes.type, attributes.autocomplete, attributes.name, attributes.id].filter((part) => typeof part === 'string').join(' ');
      const card = CARD_FIELD.test(what);
      if (!card && !PASSWORD_FIELD.test(what)) continue;
      values.add(value);
      cardShown ||= card;
    }
  }
  return { values: [...values], cardShown };
}

/** A snapshot node is ["INPUT", { attributes }, ...children]. */
function inputsIn(node: unknown): Attributes[] {
  if (Array.isArray(node)) {
    const own = node[0] === 'INPUT' && node[1] && typeof node[1] === 'object' && !Array.isArray(node[1]) ? [node[1] as Attributes] : [];
    return [...own, ...node.flatMap(inputsIn)];
  }
  if (node && typeof node === 'object') return Object.values(node).flatMap(inputsIn);
  return [];
}

function parsed(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
