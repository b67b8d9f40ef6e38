import { readGateInput } from '../../adapters/gate-files.js';
import { Workspace } from '../../adapters/workspace.js';
import { runGate } from '../../engine/pipeline.js';
import { FORMATS, renderReport } from '../../engine/render/index.js';
import { renderSarif } from '../../engine/render/sarif/render-sarif.js';
import { DEFAULT_THRESHOLD, type Settings } from '../../engine/settings.js';
import { parseList, parseRuleSeverities, parseThreshold, parseToday } from '../../engine/settings-values.js';
import { InputError } from '../../engine/errors.js';
import { oneOf, parseFlags, type Command } from '../command.js';
import type { CliIO } from '../io.js';

const OPTIONS = {
  controls: { type: 'string', multiple: true },
  'controls-file': { type: 'string', multiple: true },
  risks: { type: 'string' },
  standard: { type: 'string' },
  threshold: { type: 'string' },
  domains: { type: 'string' },
  rules: { type: 'string' },
  today: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'gap-analysis': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: isms-gate check --controls FILE [options]
       isms-gate compliance --standard iso27001 --controls-file FILE [--gap-analysis] [options]

Evaluates a controls file (and a risk register) and decides the gate.

Options:
  --controls FILE        controls file: CSV, YAML or JSON (repeatable); --controls-file is the same
  --risks FILE           risk register: CSV, YAML or JSON
  --standard LIST        standards to evaluate, comma-separated (default iso27001)
  --threshold N          minimum compliance percentage, 0-100 (default ${DEFAULT_THRESHOLD})
  --domains LIST         restrict to these domains, comma-separated (e.g. technological,people)
  --rules LIST           rule severities, e.g. compliance-threshold=warning,critical-risk-untreated=error
  --today YYYY-MM-DD     the date to evaluate deadlines against (default: today)
  --format FORMAT        markdown (default), json or sarif (SARIF 2.1.0 for code scanning)
  --output FILE          write the report to FILE instead of standard output
  --gap-analysis         with 'compliance': include the prioritised gap list (always on in 'check')
  -h, --help             show this help

Exit codes: 0 the gate passed, 1 the gate failed, 2 invalid input or usage.
`;

/** Runs the gate from flags: the CLI face of the same engine the action calls. */
async function run(argv: string[], io: CliIO, command: 'check' | 'compliance'): Promise<number> {
  const { values } = parseFlags(argv, OPTIONS);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = oneOf(values.format, FORMATS, '--format', 'markdown');
  const settings: Settings = {
    standards: values.standard ? parseList(values.standard) : ['iso27001'],
    threshold:
      values.threshold === undefined ? DEFAULT_THRESHOLD : parseThreshold(values.threshold, '--threshold'),
    domains: parseList(values.domains),
    today: values.today === undefined ? io.today() : parseToday(values.today, '--today'),
    rules: parseRuleSeverities(values.rules, '--rules'),
  };
  if (settings.standards.length === 0)
    throw new InputError('--standard is empty; name at least one standard');
  const workspace = new Workspace(io.cwd);
  const controls = [...(values.controls ?? []), ...(values['controls-file'] ?? [])];
  if (controls.length === 0) {
    throw new InputError('no controls file given: name one with --controls FILE (or --controls-file FILE)');
  }
  const outputPath = values.output === undefined ? undefined : workspace.resolve(values.output, '--output');
  const input = readGateInput(workspace, { controls, risks: values.risks }, settings);
  let report;
  try {
    report = runGate(input);
  } catch (error) {
    // Code scanning should show the invalid rows too, so SARIF is written before exiting 2.
    if (format === 'sarif' && error instanceof InputError) {
      const sarif = renderSarif({ problems: error.problems });
      if (outputPath) io.writeFile(outputPath, sarif);
      else io.stdout(sarif);
    }
    throw error;
  }
  const text = renderReport(report, format, { gaps: command === 'check' || values['gap-analysis'] === true });
  if (outputPath) {
    io.writeFile(outputPath, text);
    io.stdout(
      `${report.passed ? 'passed' : 'failed'}: report written to ${workspace.display(values.output!)}\n`,
    );
  } else {
    io.stdout(text);
  }
  return report.passed ? 0 : 1;
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
