import { inspect } from 'node:util';

export const MASKED = '[a masked value]';

/**
 * A value that must never appear in output: logs, error messages, report.json. Printing it,
 * interpolating it or serialising it gives "[a masked value]"; only reveal() gives the value,
 * at the one place that needs it (the request to a webhook, the SMTP login).
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return MASKED;
  }

  toJSON(): string {
    return MASKED;
  }

  [inspect.custom](): string {
    return MASKED;
  }
}
