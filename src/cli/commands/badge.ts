import { makeBadgeFiles } from '../../adapters/badge-files.js';
import { readGateInput } from '../../adapters/gate-files.js';
import { Workspace } from '../../adapters/workspace.js';
import { badgeSpecs, parseBadgeThresholds } from '../../engine/badge/badge-spec.js';
import { InputError } from '../../engine/errors.js';
import { runGate } from '../../engine/pipeline.js';
import { DEFAULT_THRESHOLD } from '../../engine/settings.js';
import { parseList, parseToday } from '../../engine/settings-values.js';
import { parseFlags, type Command } from '../command.js';

const OPTIONS = {
  controls: { type: 'string', multiple: true },
  'controls-file': { type: 'string', multiple: true },
  risks: { type: 'string' },
  catalog: { type: 'string', multiple: true },
  standard: { type: 'string' },
  domains: { type: 'string' },
  today: { type: 'string' },
  thresholds: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: isms-gate badge --controls FILE [--risks FILE] --output DIR [options]

Writes a compliance badge per standard: DIR/<standard>.svg (e.g. "ISO 27001 | 87.4%") and
DIR/<standard>.json, a shields.io endpoint document. Prints the paths written.

Options:
  --controls FILE        controls file: CSV, YAML or JSON (repeatable); --controls-file is the same
  --risks FILE           risk register (validated with the controls; the badge shows compliance)
  --standard LIST        standards to make badges for, comma-separated (default iso27001, or the
                         --catalog ones)
  --catalog FILE         a custom catalog (YAML/JSON) or a NIST OSCAL catalog (JSON); repeatable
  --domains LIST         restrict to these domains, comma-separated
  --thresholds G,Y       green at or above G %, yellow at or above Y %, red below (default 90,80)
  --today YYYY-MM-DD     the date to evaluate against (default: today)
  --output DIR           folder to write the badges to (required)
  -h, --help             show this help

Exit codes: 0 badges written, 2 invalid input or usage.
`;

/** \`isms-gate badge\`: the figures as SVG badges and shields.io endpoint files. */
export const badge: Command = {
  name: 'badge',
  summary: 'write an SVG badge and a shields.io endpoint JSON per standard',
  help: HELP,
  async run(argv, io) {
    const { values } = parseFlags(argv, OPTIONS);
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    const workspace = new Workspace(io.cwd);
    if (values.output === undefined)
      throw new InputError('no --output DIR given: name the folder for the badges');
    workspace.resolve(values.output, '--output');
    const outputDir = workspace.display(values.output);
    const thresholds = parseBadgeThresholds(values.thresholds, '--thresholds');
    const controls = [...(values.controls ?? []), ...(values['controls-file'] ?? [])];
    const settings = {
      standards: values.standard ? parseList(values.standard) : values.catalog ? [] : ['iso27001'],
      threshold: DEFAULT_THRESHOLD,
      domains: parseList(values.domains),
      today: values.today === undefined ? io.today() : parseToday(values.today, '--today'),
      rules: {},
    };
    const paths = { controls, risks: values.risks, catalogs: values.catalog };
    const report = runGate(readGateInput(workspace, paths, settings));
    const files = await makeBadgeFiles(badgeSpecs(report, thresholds), outputDir);
    for (const file of files) {
      io.writeFile(workspace.resolve(file.path, '--output'), file.text);
      io.stdout(`${file.path}\n`);
    }
    return 0;
  },
};
