import { loadCatalogs } from './catalogs/custom/load-catalog.js';
import { getCatalog } from './catalogs/registry.js';
import { iso27001 } from './catalogs/iso27001.js';
import { decide, validateRuleSettings, type Outcome } from './decide/decide.js';
import { evaluateStandards, scopeProblems } from './evaluate/evaluate-standards.js';
import { reviewRisks } from './evaluate/review-risks.js';
import { summarizeRisks } from './evaluate/summarize-risks.js';
import { InputError, type Problem } from './errors.js';
import type { Evaluation } from './evaluation.js';
import type { SourceFile } from './load/source.js';
import type { RiskEntry } from './model.js';
import type { Settings } from './settings.js';
import { readControls } from './validate/read-controls.js';
import type { WorkspaceProbe } from './probe.js';
import type { DocumentSpec } from './config/plan-scopes.js';
import { validateIsmsInputs } from './validate/validate-isms-inputs.js';
import { evaluateIsms } from './evaluate/evaluate-isms.js';
import { parseRisks } from './validate/parse-risks.js';
import { annexAEntries } from './evaluate/annex-a-entries.js';

/** The files an adapter read, and the settings it parsed. */
export interface GateInput {
  settings: Settings;
  /** One or more controls files (a glob may match several). */
  controls: SourceFile[];
  risks?: SourceFile;
  /** Custom or OSCAL catalog files (`--catalog`); with no standard named, they are the standards. */
  catalogs?: SourceFile[];
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
  const problems: Problem[] = [];
  // A mistake in the settings is reported with the files' problems, not one run before them.
  const collect = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const problem of error.problems) problems.push(problem);
      return undefined;
    }
  };
  collect(() => validateRuleSettings(settings.rules));
  const custom = collect(() => loadCatalogs(input.catalogs ?? [])) ?? [];
  const names = settings.standards.length > 0 ? settings.standards : custom.map((c) => c.id);
  const wanted = names.length > 0 ? names : ['iso27001'];
  const catalogs = wanted.flatMap((name) => collect(() => getCatalog(name, custom)) ?? []);
  // With no standard known, the files are still read against Annex A so their problems show now.
  const reading = catalogs.length > 0 ? catalogs : [iso27001];

  // The file's own numbering decides which standards are read directly and which are derived.
  const parsed = readControls(input.controls, reading);
  for (const problem of parsed.problems) problems.push(problem);
  let risks: RiskEntry[] | undefined;
  let assessed: string | undefined;
  if (input.risks) {
    const register = parseRisks(input.risks, iso27001);
    for (const problem of register.problems) problems.push(problem);
    risks = register.entries;
    assessed = register.assessed;
  }
  const isms = validateIsmsInputs(input, parsed.entries);
  for (const item of isms.problems) problems.push(item);
  // Domain and --group-by mistakes are reported together with the files' problems.
  if (problems.length > 0) throw new InputError([...problems, ...scopeProblems(reading, parsed, settings)]);

  const evaluation: Evaluation = {
    standards: evaluateStandards(catalogs, parsed, risks ?? [], settings),
    risks: risks ? summarizeRisks(risks) : undefined,
    riskReview: risks
      ? reviewRisks(risks, annexAEntries(parsed.numbering, parsed.entries), settings, assessed)
      : undefined,
    notices: parsed.notices,
  };
  Object.assign(evaluation, evaluateIsms(input, isms.inputs, parsed.entries, evaluation));
  return { ...evaluation, ...decide({ evaluation, settings }), settings };
}
