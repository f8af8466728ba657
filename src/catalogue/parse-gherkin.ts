import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type Feature } from '@cucumber/messages';

/** A Gherkin syntax error, where an editor can jump to it. */
export interface GherkinError {
  line: number;
  column: number;
  message: string;
}

export type ParsedGherkin = { feature: Feature | undefined; errors: [] } | { feature: undefined; errors: GherkinError[] };

/** Parses one feature file's text; syntax errors are returned with their line and column, not thrown. */
export function parseGherkin(text: string): ParsedGherkin {
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  try {
    return { feature: parser.parse(text).feature, errors: [] };
  } catch (error) {
    const errors = (error as { errors?: Error[] }).errors ?? [error as Error];
    return { feature: undefined, errors: errors.map(gherkinError) };
  }
}

/** Gherkin says "(line:column): message" per error. */
function gherkinError(error: Error): GherkinError {
  const match = /^\((\d+):(\d+)\): (.*)$/s.exec(error.message);
  if (!match) return { line: 1, column: 1, message: error.message };
  return { line: Number(match[1]), column: Number(match[2]), message: match[3]! };
}
