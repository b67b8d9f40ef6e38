import { findDefaultControls } from '../../adapters/default-controls.js';
import { findConfig, loadRunPlan } from '../../adapters/run-plan.js';
import { Workspace } from '../../adapters/workspace.js';
import { InputError } from '../../engine/errors.js';
import { FORMATS } from '../../engine/render/index.js';
import { renderSarif } from '../../engine/render/sarif/render-sarif.js';
import { renderRun } from '../../engine/render/render-run.js';
import { runScopes } from '../../engine/run-scopes.js';
import { oneOf, parseFlags, type Command } from '../command.js';
import type { CliIO } from '../io.js';
import { outputTarget, writeOutput } from '../output.js';
import { RISK_HELP, RISK_OPTIONS, riskFlagSettings } from '../risk-flags.js';
import { overridesFromFlags, RUN_FLAGS, RUN_FLAGS_HELP } from '../run-flags.js';

const OPTIONS = {
  ...RUN_FLAGS,
  format: { type: 'string' },
  output: { type: 'string' },
  'gap-analysis': { type: 'boolean' },
  ...RISK_OPTIONS,
} as const;

const HELP = `Usage: isms-gate check [--config FILE] [--controls FILE] [options]
       isms-gate compliance --standard iso27001 --controls-file FILE [--gap-analysis] [options]

Evaluates a controls file (and a risk register, incidents, evidence, documents) and decides the gate.
Settings come from .isms.yml when present; flags override them.

Options:
${RUN_FLAGS_HELP}
${RISK_HELP}  --format FORMAT        markdown (default), json or sarif (SARIF 2.1.0 for code scanning)
  --output FILE          write the report to FILE instead of standard output
  --gap-analysis         the prioritised gap list with a next step for each gap (the list alone is
                         always in 'check'; 'compliance' shows it only with this flag)
  -h, --help             show this help

Exit codes: 0 the gate passed, 1 the gate failed, 2 invalid input or usage.
`;

/** Runs the gate from flags: the CLI face of the same engine the action calls. */
async function run(argv: string[], io: CliIO, command: 'check' | 'compliance'): Promise<number> {
  const { values } = parseFlags(argv, OPTIONS);
  const format = oneOf(values.format, FORMATS, '--format', 'markdown');
  const workspace = new Workspace(io.cwd);
  const target = outputTarget(workspace, values.output);
  const overrides = overridesFromFlags(values, io);
  overrides.settings = {
    ...riskFlagSettings(values),
    ...(values['group-by'] ? { groupBy: values['group-by'] } : {}),
  };
  if (overrides.controls === undefined && findConfig(workspace, overrides) === undefined) {
    // The seed's bare `compliance --standard iso27001`: the conventional file, said aloud, never a guess.
    overrides.controls = [findDefaultControls(workspace)];
    io.stderr(`isms-gate: no --controls given; reading ${overrides.controls[0]} from the working directory
`);
  }
  let result;
  try {
    result = runScopes(loadRunPlan(workspace, overrides).scopes);
  } catch (error) {
    // Code scanning should show the invalid rows too, so SARIF is written before exiting 2.
    if (format === 'sarif' && error instanceof InputError) {
      const sarif = renderSarif({ problems: error.problems });
      if (target) io.writeFile(target.path, sarif);
      else io.stdout(sarif);
    }
    throw error;
  }
  const analysis = values['gap-analysis'] === true;
  const text = renderRun(result, format, {
    gaps: command === 'check' || analysis,
    recommendations: analysis,
  });
  writeOutput(
    io,
    target,
    text,
    (shown) => `${result.passed ? 'passed' : 'failed'}: report written to ${shown}\n`,
  );
  return result.passed ? 0 : 1;
}

/** `isms-gate check`: the gate. */
export const check: Command = {
  name: 'check',
  summary: 'evaluate controls and risks, print the report, exit 1 if the gate fails',
  help: HELP,
  run: (argv, io) => run(argv, io, 'check'),
};

/** `isms-gate compliance`: the seed's command shape, gaps only with --gap-analysis. */
export const compliance: Command = {
  name: 'compliance',
  summary: "the seed's compliance_checker command shape (same engine as check)",
  help: HELP,
  run: (argv, io) => run(argv, io, 'compliance'),
};
