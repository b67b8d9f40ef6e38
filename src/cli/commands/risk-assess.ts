import { basename } from 'node:path';
import { Workspace } from '../../adapters/workspace.js';
import { InputError } from '../../engine/errors.js';
import { generateAssessment } from '../../engine/generate/generate.js';
import {
  ASSESSMENT_FORMATS,
  formatFromPath,
  renderAssessment,
  type AssessmentFormat,
} from '../../engine/generate/render-assessment.js';
import { TEMPLATE_IDS } from '../../engine/generate/templates/index.js';
import { parseTreatmentDays } from '../../engine/risk-settings-values.js';
import { parseToday } from '../../engine/settings-values.js';
import { oneOf, parseFlags, type Command } from '../command.js';
import type { CliIO } from '../io.js';
import { outputTarget, writeOutput } from '../output.js';

const OPTIONS = {
  scope: { type: 'string' },
  template: { type: 'string' },
  assets: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  today: { type: 'string' },
  'treatment-days': { type: 'string' },
} as const;

const HELP = `Usage: isms-gate risk-assess --scope NAME [options]

Generates a risk register (ISO 27001 clause 6.1.2): every threat of the template's catalog applied to
every asset of a type it targets, scored likelihood x impact, with the recommended treatment and the
Annex A controls that treat it. The output is a register 'isms-gate check --risks' reads unchanged.

Options:
  --scope NAME           the system or area assessed (required without --assets; with it, the
                         inventory's file name is the default)
  --template NAME        ${TEMPLATE_IDS.join(', ')} (default general)
  --assets FILE          asset inventory (CSV, YAML or JSON): id, name, type, owner, classification,
                         optional location and value (1-5); default: the template's inventory
  --format FORMAT        ${ASSESSMENT_FORMATS.join(', ')}; default: from --output's extension, else markdown
  --output FILE          write the register to FILE instead of standard output
  --today YYYY-MM-DD     the assessment date: identified dates and due dates count from it (default: today)
  --treatment-days LIST  days to treat by level (default critical=7,high=30,medium=90)
  -h, --help             show this help

Exit codes: 0 written, 2 invalid input or usage.
`;

/** `it-assets.csv` -> `it-assets`: the scope an inventory names when no --scope is given. */
function scopeFromAssets(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '');
}

function chooseFormat(format: string | undefined, output: string | undefined): AssessmentFormat {
  if (format !== undefined) return oneOf(format, ASSESSMENT_FORMATS, '--format', 'markdown');
  if (output === undefined) return 'markdown';
  const inferred = formatFromPath(output);
  if (!inferred) {
    throw new InputError(
      `cannot tell the format from --output ${JSON.stringify(output)}; use a .json, .csv, .md or .yaml name, or give --format`,
    );
  }
  return inferred;
}

/** `isms-gate risk-assess`: the seed's risk_assessment command, generating a register check accepts. */
export const riskAssess: Command = {
  name: 'risk-assess',
  summary: 'generate a risk register from an asset inventory and a threat catalog',
  help: HELP,
  run(argv: string[], io: CliIO): number {
    const { values } = parseFlags(argv, OPTIONS);
    // The seed's quick asset-based assessment gives only --assets: the inventory then names the scope.
    const scope = values.scope ?? (values.assets === undefined ? undefined : scopeFromAssets(values.assets));
    if (scope === undefined) {
      throw new InputError('--scope is required without --assets: name the system or area assessed');
    }
    if (values.scope === undefined)
      io.stderr(
        `isms-gate: no --scope given; the scope is ${JSON.stringify(scope)}, from the asset inventory's name\n`,
      );
    const format = chooseFormat(values.format, values.output);
    const workspace = new Workspace(io.cwd);
    const target = outputTarget(workspace, values.output);
    const assessment = generateAssessment({
      scope,
      template: values.template ?? 'general',
      assets: values.assets === undefined ? undefined : workspace.read(values.assets, 'asset inventory'),
      settings: {
        today: values.today === undefined ? io.today() : parseToday(values.today, '--today'),
        treatmentDays:
          values['treatment-days'] === undefined
            ? undefined
            : parseTreatmentDays(values['treatment-days'], '--treatment-days'),
      },
    });
    const text = renderAssessment(assessment, format);
    writeOutput(
      io,
      target,
      text,
      (shown) =>
        `${assessment.risks.length} risks for ${assessment.assets.length} assets written to ${shown} (${format})\n`,
    );
    return 0;
  },
};
