import { makeBadgeFiles } from '../../adapters/badge-files.js';
import { findDefaultControls } from '../../adapters/default-controls.js';
import { findConfig, loadRunPlan } from '../../adapters/run-plan.js';
import { Workspace } from '../../adapters/workspace.js';
import { parseBadgeThresholds, runBadgeSpecs } from '../../engine/badge/badge-spec.js';
import { InputError } from '../../engine/errors.js';
import { runScopes } from '../../engine/run-scopes.js';
import { parseFlags, type Command } from '../command.js';
import { overridesFromFlags, RUN_FLAGS, RUN_FLAGS_HELP } from '../run-flags.js';

const OPTIONS = {
  ...RUN_FLAGS,
  thresholds: { type: 'string' },
  output: { type: 'string' },
} as const;

const HELP = `Usage: isms-gate badge [--controls FILE] [--risks FILE] --output DIR [options]

Writes a compliance badge per standard: DIR/<standard>.svg (e.g. "ISO 27001 | 87.4%") and
DIR/<standard>.json, a shields.io endpoint document; with the scopes of .isms.yml, one pair per
scope and standard (DIR/<scope>-<standard>.svg). Prints the paths written.

Options:
${RUN_FLAGS_HELP}
  --thresholds G,Y       green at or above G %, yellow at or above Y %, red below (default 90,80)
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
    const workspace = new Workspace(io.cwd);
    if (values.output === undefined)
      throw new InputError('no --output DIR given: name the folder for the badges');
    workspace.resolve(values.output, '--output');
    const outputDir = workspace.display(values.output);
    const thresholds = parseBadgeThresholds(values.thresholds, '--thresholds');
    const overrides = overridesFromFlags(values, io);
    if (overrides.controls === undefined && findConfig(workspace, overrides) === undefined) {
      overrides.controls = [findDefaultControls(workspace)];
      io.stderr(
        `isms-gate: no --controls given; reading ${overrides.controls[0]} from the working directory\n`,
      );
    }
    const result = runScopes(loadRunPlan(workspace, overrides).scopes);
    const files = await makeBadgeFiles(runBadgeSpecs(result.scopes, thresholds), outputDir);
    for (const file of files) {
      io.writeFile(workspace.resolve(file.path, '--output'), file.text);
      io.stdout(`${file.path}\n`);
    }
    return 0;
  },
};
