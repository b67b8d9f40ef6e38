import { Workspace } from '../../adapters/workspace.js';
import { InputError } from '../../engine/errors.js';
import { migrate2013 } from '../../engine/migrate/migrate-2013.js';
import { parseFlags, type Command } from '../command.js';
import type { CliIO } from '../io.js';
import { outputTarget, writeOutput } from '../output.js';

const OPTIONS = {
  controls: { type: 'string' },
  'controls-file': { type: 'string' },
  output: { type: 'string' },
} as const;

const HELP = `Usage: isms-gate migrate --controls OLD.csv [--output NEW.csv]

Rewrites a controls file numbered by ISO 27001:2013 (A.9.4.2, A.12.4.1) to ISO 27001:2022 ids.
Rows that fold into one 2022 control are merged (the weakest status kept, other columns' distinct
values joined with "; "); every column is kept, and a migrated_from column records the 2013 ids.
Cells starting with = + - @ are prefixed with ' so spreadsheets do not run them as formulas.
Then lists what a person must decide: merged rows that disagreed, 2013 controls split in two, and
the 11 controls new in 2022.

Options:
  --controls FILE   the 2013-numbered controls file (CSV, YAML or JSON); --controls-file is the same
  --output FILE     where to write the 2022 CSV (default: standard output, decisions on standard error)
  -h, --help        show this help

Exit codes: 0 migrated, 2 invalid input or usage.
`;

/** `isms-gate migrate`: a 2013-numbered controls file rewritten to 2022 ids. */
export const migrate: Command = {
  name: 'migrate',
  summary: 'rewrite a controls file numbered by ISO 27001:2013 to 2022 ids',
  help: HELP,
  run(argv: string[], io: CliIO): number {
    const { values } = parseFlags(argv, OPTIONS);
    const path = values.controls ?? values['controls-file'];
    if (path === undefined)
      throw new InputError('no controls file given: name the 2013 file with --controls FILE');
    const workspace = new Workspace(io.cwd);
    const target = outputTarget(workspace, values.output);
    const migration = migrate2013(workspace.read(path, 'controls file'));
    const summary = [
      `${migration.read} rows numbered by ISO 27001:2013 became ${migration.rows} rows numbered by 2022.`,
      `To decide (${migration.decisions.length}):`,
      ...migration.decisions.map((d) => `  - ${d}`),
      '',
    ].join('\n');
    writeOutput(io, target, migration.csv, (shown) => `Wrote ${shown}. ${summary}`);
    // On standard output the CSV alone, so it can be piped; what to decide goes to standard error.
    if (target === undefined) io.stderr(summary);
    return 0;
  },
};
