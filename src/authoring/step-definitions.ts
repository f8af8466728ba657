import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import ts from 'typescript';
import { stepFiles } from '../runtime/paths.ts';

/** One `Given/When/Then(phrase, handler)` call in a step definition file, read from its source. */
export interface StepDefinition {
  keyword: 'Given' | 'When' | 'Then' | 'Step';
  /** The Cucumber expression, or the source of a regular expression. */
  phrase: string;
  isRegExp: boolean;
  /** Each parameter of the phrase: its Cucumber type ("int", "string", …) and the handler's name for it. */
  parameters: Array<{ type: string; name?: string }>;
  /** The channels the step uses, from its `@channel web, email` doc comment. */
  channels: string[];
  /** Relative to the project root, as bddgen prints it. */
  file: string;
  line: number;
}

const KEYWORDS = new Set(['Given', 'When', 'Then', 'Step']);

/** The step definitions of the project (MYSTERY_SHOPPER_STEPS, default steps/), in file order. */
export async function readStepDefinitions(globs = stepFiles(), root = process.cwd()): Promise<StepDefinition[]> {
  const files = (await glob(globs, { cwd: root })).sort();
  const definitions = await Promise.all(files.map(async (file) => stepDefinitionsIn(file, await readFile(path.resolve(root, file), 'utf8'))));
  return definitions.flat();
}

/** The step definitions one file's source declares. */
export function stepDefinitionsIn(file: string, source: string): StepDefinition[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return sourceFile.statements.flatMap((statement) => {
    const definition = ts.isExpressionStatement(statement) ? definitionOf(statement, sourceFile) : undefined;
    return definition ? [definition] : [];
  });
}

function definitionOf(statement: ts.ExpressionStatement, sourceFile: ts.SourceFile): StepDefinition | undefined {
  const call = statement.expression;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !KEYWORDS.has(call.expression.text)) return undefined;
  const [pattern, handler] = call.arguments;
  if (!pattern) return undefined;
  const isRegExp = ts.isRegularExpressionLiteral(pattern);
  if (!isRegExp && !ts.isStringLiteralLike(pattern)) return undefined;
  const phrase = isRegExp ? regExpSource(pattern.text) : pattern.text;
  const names = handler && (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) ? handler.parameters.slice(1).map((parameter) => parameter.name.getText(sourceFile)) : [];
  return {
    keyword: call.expression.text as StepDefinition['keyword'],
    phrase,
    isRegExp,
    parameters: parameterTypes(phrase, isRegExp).map((type, index) => ({ type, ...(names[index] ? { name: names[index] } : {}) })),
    channels: channelsOf(statement, sourceFile),
    file: sourceFile.fileName,
    line: sourceFile.getLineAndCharacterOfPosition(call.getStart(sourceFile)).line + 1,
  };
}

/** "{int}" → "int", "{}" → "anonymous"; a regular expression's capture groups are "regexp". */
function parameterTypes(phrase: string, isRegExp: boolean): string[] {
  if (isRegExp) return [...phrase.matchAll(/\((?!\?)/g)].map(() => 'regexp');
  return [...phrase.matchAll(/(?<!\\)\{([^}]*)\}/g)].map((match) => match[1] || 'anonymous');
}

function channelsOf(statement: ts.Statement, sourceFile: ts.SourceFile): string[] {
  const comments = ts.getLeadingCommentRanges(sourceFile.text, statement.getFullStart()) ?? [];
  const text = comments.map((range) => sourceFile.text.slice(range.pos, range.end)).join('\n');
  const listed = /@channel\s+([a-z]+(?:\s*,\s*[a-z]+)*)/.exec(text)?.[1];
  return listed ? listed.split(',').map((channel) => channel.trim()) : [];
}

function regExpSource(literal: string): string {
  return literal.slice(1, literal.lastIndexOf('/'));
}
