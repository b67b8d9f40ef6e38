import { loadRunPlan } from '../../adapters/run-plan.js';
import { Workspace } from '../../adapters/workspace.js';
import { InputError } from '../../engine/errors.js';
import { runGate } from '../../engine/pipeline.js';
import { renderSoaCsv, renderSoaJson } from '../../engine/render/soa/soa-csv.js';
import { renderSoaMarkdown } from '../../engine/render/soa/soa-markdown.js';
import { oneOf, parseFlags, type Command } from '../command.js';
import type { CliIO } from '../io.js';
import { outputTarget, writeOutput } from '../output.js';
import { overridesFromFlags, RUN_FLAGS, RUN_FLAGS_HELP } from '../run-flags.js';

const FORMATS = ['markdown', 'csv', 'json'] as const;

const OPTIONS = {
  ...RUN_FLAGS,
  format: { type: 'string' },
  output: { type: 'string' },
} as const;

const HELP = `Usage: isms-gate soa [--config FILE] [--scope NAME] --controls FILE [--risks FILE] [options]

Writes the Statement of Applicability: all 93 Annex A controls, applicable or not with the
justification, status, owner, evidence and the risks relying on each, and checks clause 6.1.3 d):
every control present and decided, every exclusion justified, no excluded control relied on by a risk.

Options:
${RUN_FLAGS_HELP}
  --format FORMAT        markdown (default), csv or json
  --output FILE          write the SoA to FILE instead of standard output
  -h, --help             show this help

Exit codes: 0 the 6.1.3 d) checks passed, 1 they failed, 2 invalid input or usage.
`;

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, OPTIONS);
  const format = oneOf(values.format, FORMATS, '--format', 'markdown');
  const workspace = new Workspace(io.cwd);
  const target = outputTarget(workspace, values.output);
  const overrides = overridesFromFlags(values, io);
  if (overrides.standards === undefined) overrides.standards = ['iso27001'];
  const plan = loadRunPlan(workspace, overrides);
  if (plan.scopes.length > 1) {
    throw new InputError(
      `the config defines ${plan.scopes.length} scopes; a Statement of Applicability is per scope, so choose one with --scope (${plan.scopes.map((s) => s.name).join(', ')})`,
    );
  }
  const report = runGate(plan.scopes[0]!.input);
  const soa = report.soa;
  if (!soa)
    throw new InputError('the Statement of Applicability covers ISO 27001 Annex A; use --standard iso27001');
  const text =
    format === 'csv'
      ? renderSoaCsv(soa)
      : format === 'json'
        ? renderSoaJson(soa, report.settings.today)
        : renderSoaMarkdown(soa, report.settings.today);
  writeOutput(
    io,
    target,
    text,
    (shown) =>
      `${soa.checks.passed ? 'passed' : 'failed'}: Statement of Applicability (${soa.rows.length} controls) written to ${shown}\n`,
  );
  return soa.checks.passed ? 0 : 1;
}

/** `isms-gate soa`: the Statement of Applicability and its clause 6.1.3 d) checks. */
export const soa: Command = {
  name: 'soa',
  summary: 'write the Statement of Applicability (93 Annex A controls) and check clause 6.1.3 d)',
  help: HELP,
  run,
};
