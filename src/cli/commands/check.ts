import { readGateInput } from '../../adapters/gate-files.js';
import { findDefaultControls } from '../../adapters/default-controls.js';
import { Workspace } from '../../adapters/workspace.js';
import { runGate } from '../../engine/pipeline.js';
import { FORMATS, renderReport } from '../../engine/render/index.js';
import { renderSarif } from '../../engine/render/sarif/render-sarif.js';
import { DEFAULT_THRESHOLD, type Settings } from '../../engine/settings.js';
import { parseList, parseRuleSeverities, parseThreshold, parseToday } from '../../engine/settings-values.js';
import { InputError } from '../../engine/errors.js';
import { oneOf, parseFlags, type Command } from '../command.js';
import type { CliIO } from '../io.js';
import { RISK_HELP, RISK_OPTIONS, riskFlagSettings } from '../risk-flags.js';

const OPTIONS = {
  controls: { type: 'string', multiple: true },
  'controls-file': { type: 'string', multiple: true },
  risks: { type: 'string' },
  standard: { type: 'string' },
  threshold: { type: 'string' },
  domains: { type: 'string' },
  'group-by': { type: 'string' },
  catalog: { type: 'string', multiple: true },
  rules: { type: 'string' },
  today: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'gap-analysis': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...RISK_OPTIONS,
} as const;

const HELP = `Usage: isms-gate check --controls FILE [options]
       isms-gate compliance --standard iso27001 --controls-file FILE [--gap-analysis] [options]

Evaluates a controls file (and a risk register) and decides the gate.

Options:
  --controls FILE        controls file: CSV, YAML or JSON (repeatable); --controls-file is the same;
                         without it, controls.csv (.yaml, .yml, .json) in the working directory
  --risks FILE           risk register: CSV, YAML or JSON
  --standard LIST        standards to evaluate, comma-separated: iso27001, iso27002, hipaa, or the id
                         of a --catalog (default iso27001, or the --catalog ones)
  --catalog FILE         a custom catalog (YAML/JSON) or a NIST OSCAL catalog (JSON); repeatable
  --threshold N          minimum compliance percentage, 0-100 (default ${DEFAULT_THRESHOLD})
  --domains LIST         restrict to these domains, comma-separated (e.g. technological,people)
  --group-by TYPE        add figures per ISO 27002 attribute value (control-type, security-property,
                         cybersecurity-concept, operational-capability, security-domain)
  --rules LIST           rule severities, e.g. compliance-threshold=warning,critical-risk-untreated=error
  --today YYYY-MM-DD     the date to evaluate deadlines against (default: today)
${RISK_HELP}  --format FORMAT        markdown (default), json or sarif (SARIF 2.1.0 for code scanning)
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
    standards: values.standard ? parseList(values.standard) : values.catalog ? [] : ['iso27001'],
    threshold:
      values.threshold === undefined ? DEFAULT_THRESHOLD : parseThreshold(values.threshold, '--threshold'),
    domains: parseList(values.domains),
    today: values.today === undefined ? io.today() : parseToday(values.today, '--today'),
    rules: parseRuleSeverities(values.rules, '--rules'),
    ...riskFlagSettings(values),
    groupBy: values['group-by'],
  };
  if (values.standard !== undefined && settings.standards.length === 0)
    throw new InputError('--standard is empty; name at least one standard');
  const workspace = new Workspace(io.cwd);
  const controls = [...(values.controls ?? []), ...(values['controls-file'] ?? [])];
  if (controls.length === 0) {
    controls.push(findDefaultControls(workspace));
    io.stderr(`isms-gate: no --controls given; reading ${controls[0]} from the working directory\n`);
  }
  const outputPath = values.output === undefined ? undefined : workspace.resolve(values.output, '--output');
  const input = readGateInput(
    workspace,
    { controls, risks: values.risks, catalogs: values.catalog },
    settings,
  );
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
