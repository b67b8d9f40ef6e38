import { getCatalog } from './catalogs/registry.js';
import { iso27001 } from './catalogs/iso27001.js';
import { decide, validateRuleSettings, type Outcome } from './decide/decide.js';
import { selectControls } from './evaluate/domains.js';
import { evaluateStandard } from './evaluate/evaluate-standard.js';
import { summarizeRisks } from './evaluate/summarize-risks.js';
import { InputError, type Problem } from './errors.js';
import type { Evaluation } from './evaluation.js';
import type { SourceFile } from './load/source.js';
import type { RiskEntry } from './model.js';
import type { Settings } from './settings.js';
import type { WorkspaceProbe } from './probe.js';
import type { DocumentSpec } from './config/plan-scopes.js';
import { validateIsmsInputs } from './validate/validate-isms-inputs.js';
import { evaluateIsms } from './evaluate/evaluate-isms.js';
import { parseControls } from './validate/parse-controls.js';
import { parseRisks } from './validate/parse-risks.js';

/** The files an adapter read, and the settings it parsed. */
export interface GateInput {
  settings: Settings;
  /** One or more controls files (a glob may match several). */
  controls: SourceFile[];
  risks?: SourceFile;
  /** Repository access for evidence, documents and commit dates; those checks are skipped without it. */
  probe?: WorkspaceProbe;
  /** Incident register, audit findings and training records, for the incident rules and metrics. */
  incidents?: SourceFile;
  auditFindings?: SourceFile;
  training?: SourceFile;
  /** ISMS documents named in the config, for certification readiness. */
  documents?: DocumentSpec[];
}

/** The evaluation, the verdict and the settings that produced them: everything a renderer needs. */
export interface Report extends Evaluation, Outcome {
  settings: Settings;
}

/**
 * The engine, end to end: validate every input (all problems at once, as one InputError), evaluate
 * each standard and the risks, then let the rules decide. Pure: the same input gives the same report.
 */
export function runGate(input: GateInput): Report {
  const { settings } = input;
  validateRuleSettings(settings.rules);
  const catalogs = settings.standards.map((name) => getCatalog(name));
  const selections = catalogs.map((catalog) => selectControls(settings.domains, catalog));

  const problems: Problem[] = [];
  const parsed = parseControls(input.controls, catalogs[0] ?? iso27001);
  problems.push(...parsed.problems);
  let risks: RiskEntry[] | undefined;
  if (input.risks) {
    const register = parseRisks(input.risks, iso27001);
    problems.push(...register.problems);
    risks = register.entries;
  }
  const isms = validateIsmsInputs(input, parsed.entries);
  problems.push(...isms.problems);
  if (problems.length > 0) throw new InputError(problems);

  const evaluation: Evaluation = {
    standards: catalogs.map((catalog, i) =>
      evaluateStandard(catalog, parsed.entries, risks ?? [], selections[i]),
    ),
    risks: risks ? summarizeRisks(risks) : undefined,
  };
  Object.assign(evaluation, evaluateIsms(input, isms.inputs, parsed.entries, evaluation));
  return { ...evaluation, ...decide({ evaluation, settings }), settings };
}
