import { readGateInput } from '../adapters/gate-files.js';
import { criticalRiskUntreated } from '../engine/decide/rules/critical-risk-untreated.js';
import { InputError, type Problem } from '../engine/errors.js';
import { runGate, type Report } from '../engine/pipeline.js';
import { renderMarkdown } from '../engine/render/markdown/index.js';
import { renderProblems } from '../engine/render/markdown/problems.js';
import type { Settings } from '../engine/settings.js';
import type { Inputs } from './inputs.js';
import type { Locations } from './locations.js';

/** What one run of the gate produced: a report, or the problems that kept it from evaluating. */
export type GateOutcome =
  | { kind: 'report'; passed: boolean; markdown: string; report: Report }
  | { kind: 'invalid'; passed: false; markdown: string; problems: Problem[] };

/** The engine's settings from the action's inputs; the date of the run when `today` is not given. */
export function settingsFrom(inputs: Inputs, now: () => Date = () => new Date()): Settings {
  return {
    standards: inputs.standards,
    threshold: inputs.threshold,
    domains: inputs.domains,
    today: inputs.today ?? now().toISOString().slice(0, 10),
    rules: inputs.rules,
    groupBy: inputs.groupBy,
    ...inputs.risk,
  };
}

/**
 * Reads the user's files and runs the same engine the CLI runs. A mistake in the files is an outcome
 * (it is reported in the summary and the comment like a verdict), not an exception.
 */
export function evaluateGate(inputs: Inputs, locations: Locations): GateOutcome {
  try {
    const paths = { controls: inputs.controls, risks: inputs.risks, catalogs: inputs.catalogs };
    const report = runGate(readGateInput(locations.files, paths, settingsFrom(inputs)));
    return { kind: 'report', passed: report.passed, markdown: renderMarkdown(report), report };
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
