import { loadRunPlan, type PlanOverrides } from '../adapters/run-plan.js';
import { criticalRiskUntreated } from '../engine/decide/rules/critical-risk-untreated.js';
import { InputError, type Problem } from '../engine/errors.js';
import { runGate, type Report } from '../engine/pipeline.js';
import { renderMarkdown } from '../engine/render/markdown/index.js';
import { renderProblems } from '../engine/render/markdown/problems.js';
import type { ScopeInput } from '../engine/run-scopes.js';
import type { Inputs } from './inputs.js';
import type { Locations } from './locations.js';

/** The files a report was made from, relative to the working directory, for reading them at the base. */
export interface GatePaths {
  controls: string[];
  risks?: string;
}

/** What one run of the gate produced: a report, or the problems that kept it from evaluating. */
export type GateOutcome =
  | { kind: 'report'; passed: boolean; markdown: string; report: Report; paths: GatePaths }
  | { kind: 'invalid'; passed: false; markdown: string; problems: Problem[] };

/** The action's inputs as run-plan overrides: only what the workflow gave, so `.isms.yml` fills the rest. */
export function overridesFrom(inputs: Inputs, now: () => Date = () => new Date()): PlanOverrides {
  const given = <K extends keyof PlanOverrides>(key: K, value: PlanOverrides[K] | undefined) =>
    value === undefined ? {} : { [key]: value };
  return {
    today: inputs.today ?? now().toISOString().slice(0, 10),
    ...given('config', inputs.config),
    ...given('scope', inputs.scope),
    ...given('controls', inputs.controls.length > 0 ? inputs.controls : undefined),
    ...given('risks', inputs.risks),
    ...given('incidents', inputs.incidents),
    ...given('auditFindings', inputs.auditFindings),
    ...given('training', inputs.training),
    ...given('standards', inputs.standards),
    ...given('threshold', inputs.threshold),
    ...given('domains', inputs.domains.length > 0 ? inputs.domains : undefined),
    ...given('rules', Object.keys(inputs.rules).length > 0 ? inputs.rules : undefined),
    ...given('evidenceMaxAge', inputs.evidenceMaxAge),
    ...given('catalogs', inputs.catalogs.length > 0 ? inputs.catalogs : undefined),
    settings: { ...inputs.risk, ...(inputs.groupBy !== undefined ? { groupBy: inputs.groupBy } : {}) },
  };
}

/**
 * The one scope this job evaluates. A config with several scopes is run one scope per job (a
 * workflow matrix over the `scope` input), so each job's comment, badge and delta speak of one scope.
 */
function oneScope(scopes: readonly ScopeInput[]): ScopeInput {
  if (scopes.length > 1) {
    throw new InputError(
      `the config defines ${scopes.length} scopes (${scopes.map((s) => s.name).join(', ')}); choose one with the \`scope\` input, e.g. a matrix job per scope`,
    );
  }
  return scopes[0]!;
}

/**
 * Reads the config and the user's files and runs the same engine the CLI runs. A mistake in the
 * files is an outcome (it is reported in the summary and the comment like a verdict), not an exception.
 */
export function evaluateGate(inputs: Inputs, locations: Locations): GateOutcome {
  try {
    const scope = oneScope(loadRunPlan(locations.files, overridesFrom(inputs)).scopes);
    const report = runGate(scope.input);
    const paths = {
      controls: scope.input.controls.map((file) => file.path),
      ...(scope.input.risks ? { risks: scope.input.risks.path } : {}),
    };
    return { kind: 'report', passed: report.passed, markdown: renderMarkdown(report), report, paths };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      kind: 'invalid',
      passed: false,
      markdown: renderProblems(error.problems),
      problems: error.problems,
    };
  }
}

/**
 * Critical risks with no treatment, or to be mitigated by nobody: counted by the gate rule itself, so
 * the output agrees with the report even when the rule's severity is lowered to a warning or off.
 */
export function countCriticalUntreated(report: Report): number {
  return criticalRiskUntreated.check({ evaluation: report, settings: report.settings }).length;
}
