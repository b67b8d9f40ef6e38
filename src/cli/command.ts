import { parseArgs, type ParseArgsConfig } from 'node:util';
import { editDistance, InputError, nearest } from '../engine/errors.js';
import type { CliIO } from './io.js';

/** A sub-command: its name, one line for the command list, its help text, and what it does. */
export interface Command {
  name: string;
  aliases?: string[];
  summary: string;
  help: string;
  /** Returns the exit code: 0 pass, 1 gate failed, 2 invalid input or usage. */
  run(argv: string[], io: CliIO): Promise<number> | number;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses flags strictly: an unknown flag or a missing value is a usage error naming it. */
export function parseFlags<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (error) {
    // Node's own wording, cut before its advice on positional arguments (the commands take none).
    const message = (error as Error).message.replace(/\. To specify.*$/s, '').replace(/\.?$/, '.');
    throw new InputError(`${message}${didYouMean(error, options)} Run with --help for the options.`);
  }
}

/** ` Did you mean '--standard'?` for a mistyped long flag close to a known one; '' otherwise. */
function didYouMean(error: unknown, options: Options): string {
  if ((error as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return '';
  const typed = /'--([^'=]+)/.exec((error as Error).message)?.[1];
  if (typed === undefined) return '';
  const known = Object.keys(options);
  const guess = nearest(typed, known);
  if (
    guess === undefined ||
    editDistance(typed.toLowerCase(), guess) > Math.max(2, Math.floor(typed.length / 3))
  ) {
    return '';
  }
  return ` Did you mean '--${guess}'?`;
}

/** A choice flag checked against its allowed values. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`${flag} ${JSON.stringify(value)} is not one of: ${allowed.join(', ')}`);
  }
  return value as T;
}
