import type { PlanOverrides } from '../adapters/run-plan.js';
import { InputError } from '../engine/errors.js';
import { parseList, parseRuleSeverities, parseThreshold, parseToday } from '../engine/settings-values.js';
import { parsePeriod } from '../engine/config/periods.js';
import type { CliIO } from './io.js';

/** Flags every command that evaluates an ISMS accepts; each overrides the config file's setting. */
export const RUN_FLAGS = {
  config: { type: 'string' },
  scope: { type: 'string' },
  controls: { type: 'string', multiple: true },
  'controls-file': { type: 'string', multiple: true },
  risks: { type: 'string' },
  incidents: { type: 'string' },
  'audit-findings': { type: 'string' },
  training: { type: 'string' },
  standard: { type: 'string' },
  threshold: { type: 'string' },
  domains: { type: 'string' },
  'group-by': { type: 'string' },
  catalog: { type: 'string', multiple: true },
  rules: { type: 'string' },
  'evidence-max-age': { type: 'string' },
  today: { type: 'string' },
} as const;

/** Help lines for RUN_FLAGS. */
export const RUN_FLAGS_HELP = `  --config FILE          settings file (default: .isms.yml in this folder, when present)
  --scope NAME           evaluate only this scope of the config
  --controls FILE|GLOB   controls file(s): CSV, YAML, JSON or Markdown (repeatable); --controls-file is the same
  --risks FILE           risk register: CSV, YAML, JSON or Markdown
  --incidents FILE       incident register: CSV, YAML or JSON
  --audit-findings FILE  audit findings register (for the closure-rate metric)
  --training FILE        training records (for the completion metric)
  --standard LIST        standards to evaluate, comma-separated: iso27001, iso27002, hipaa, or the id
                         of a --catalog (default iso27001, or the --catalog ones)
  --catalog FILE         a custom catalog (YAML/JSON) or a NIST OSCAL catalog (JSON); repeatable
  --threshold N          minimum compliance percentage, 0-100 (default 80)
  --domains LIST         restrict to these domains, comma-separated: themes, topical domains
                         (access-control, cryptography, ...) or ISO 27002 attribute values
  --group-by TYPE        add figures per ISO 27002 attribute value (control-type, security-property,
                         cybersecurity-concept, operational-capability, security-domain)
  --rules LIST           rule severities, e.g. evidence-stale=error,readiness-stage-1=warning
  --evidence-max-age N   days before evidence counts as stale (default 365)
  --today YYYY-MM-DD     the date to evaluate deadlines against (default: today)`;

type RunFlagValues = {
  [K in keyof typeof RUN_FLAGS]?: (typeof RUN_FLAGS)[K] extends { multiple: true } ? string[] : string;
};

/** The overrides the flags give; flags not given leave the config's (or the default) value. */
export function overridesFromFlags(values: RunFlagValues, io: CliIO): PlanOverrides {
  const controls = [...(values.controls ?? []), ...(values['controls-file'] ?? [])];
  const out: PlanOverrides = {
    today: values.today === undefined ? io.today() : parseToday(values.today, '--today'),
  };
  if (values.config !== undefined) out.config = values.config;
  if (values.scope !== undefined) out.scope = values.scope;
  if (controls.length > 0) out.controls = controls;
  if (values.risks !== undefined) out.risks = values.risks;
  if (values.incidents !== undefined) out.incidents = values.incidents;
  if (values['audit-findings'] !== undefined) out.auditFindings = values['audit-findings'];
  if (values.training !== undefined) out.training = values.training;
  if (values.standard !== undefined) {
    out.standards = parseList(values.standard);
    if (out.standards.length === 0) throw new InputError('--standard is empty; name at least one standard');
  }
  if (values.catalog !== undefined) out.catalogs = values.catalog;
  if (values.threshold !== undefined) out.threshold = parseThreshold(values.threshold, '--threshold');
  if (values.domains !== undefined) out.domains = parseList(values.domains);
  if (values.rules !== undefined) out.rules = parseRuleSeverities(values.rules, '--rules');
  if (values['evidence-max-age'] !== undefined) {
    const period = parsePeriod(values['evidence-max-age']);
    if (!period || (period.unit !== 'days' && period.unit !== 'weeks')) {
      throw new InputError(
        `--evidence-max-age ${JSON.stringify(values['evidence-max-age'])} is not a number of days (e.g. 365)`,
      );
    }
    out.evidenceMaxAge = period.unit === 'weeks' ? period.amount * 7 : period.amount;
  }
  return out;
}
