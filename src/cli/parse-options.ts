import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../config/config-error.ts';
import { closestWords } from '../text/closest-words.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util's parseArgs, with the errors a user can act on: an unknown option is named with the
 * options the command has nearest to it ("did you mean --tags?"), as one ConfigError line.
 */
export function parseOptions<T extends Options>(command: string, args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw unknownOption(command, args, options);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new ConfigError(`${(error as Error).message} (see "mystery-shopper ${command} --help")`);
    throw error;
  }
}

function unknownOption(command: string, args: string[], options: Options): ConfigError {
  const names = Object.keys(options).map((name) => `--${name}`);
  const given = args.find((arg) => arg.startsWith('-') && arg !== '--' && !isKnown(arg, options)) ?? args[0] ?? '';
  const flag = given.split('=')[0]!;
  const nearest = closestWords(flag, names);
  const hint = nearest.length > 0 ? `did you mean ${nearest.join(' or ')}?` : names.length > 0 ? `its options: ${names.join(', ')}` : 'it takes no options';
  return new ConfigError(`unknown option ${flag} for "${command}": ${hint} (see "mystery-shopper ${command} --help")`);
}

function isKnown(arg: string, options: Options): boolean {
  const name = arg.replace(/^--?/, '').split('=')[0]!;
  return Object.entries(options).some(([long, option]) => long === name || option.short === name);
}
