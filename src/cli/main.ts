import { errorMessage, InputError } from '../engine/errors.js';
import { problemLines } from '../engine/problem-lines.js';
import type { Command } from './command.js';
import { badge } from './commands/badge.js';
import { check, compliance } from './commands/check.js';
import { riskAssess } from './commands/risk-assess.js';
import { catalog } from './commands/catalog.js';
import { migrate } from './commands/migrate.js';
import { soa } from './commands/soa.js';
import { processIO, type CliIO } from './io.js';

/** Every sub-command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [check, compliance, soa, riskAssess, migrate, catalog, badge];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: isms-gate <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'isms-gate <command> --help' for a command's options.",
    '',
  ].join('\n');
}

/**
 * The CLI: picks the command, runs it, and turns every error into a message and an exit code. A
 * user's mistake prints what is wrong (file:line: message) and exits 2; a bug prints its message and
 * exits 3; neither ever ends in 0.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout('isms-gate 0.1.0\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
  if (!command) {
    io.stderr(`isms-gate: unknown command ${JSON.stringify(name)}\n\n${usage()}`);
    return 2;
  }
  // Help is answered here for every command, before its flags are checked.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${problemLines(command.name, error.problems).join('\n')}\n`);
      return 2;
    }
    io.stderr(`isms-gate ${command.name}: internal error: ${errorMessage(error)}\n`);
    return 3;
  }
}
