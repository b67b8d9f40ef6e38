import type { Finding } from '../decide/rule.js';
import { levelName } from '../evaluate/risk-level.js';
import type { Report } from '../pipeline.js';
import type { ReportDelta, RiskView } from './compare.js';

/** The regression gate's rule id, as reports, annotations and SARIF name it. */
export const REGRESSION_RULE = {
  id: 'no-regression',
  description:
    'With fail-on-regression: compliance of no standard drops below the base commit, and no risk that is new at Critical or High level lacks a treatment.',
} as const;

const SERIOUS = new Set(['critical', 'high']);

function isNewSerious(risk: RiskView, delta: ReportDelta): boolean {
  if (!SERIOUS.has(risk.level)) return false;
  if (delta.risksAdded.some((r) => r.id === risk.id)) return true;
  const moved = delta.risksChanged.find((c) => c.id === risk.id);
  return moved !== undefined && !SERIOUS.has(moved.before.level);
}

/**
 * What the regression gate finds, independent of the absolute threshold: each standard whose
 * compliance fell, and each risk that became Critical or High in this change with no treatment.
 * Parts without a baseline cannot regress; a risk register absent at the base makes every risk new.
 */
export function findRegressions(delta: ReportDelta): Finding[] {
  const findings: Finding[] = [];
  for (const s of delta.standards) {
    if (s.before !== undefined && s.after < s.before) {
      findings.push({
        rule: REGRESSION_RULE.id,
        message: `${s.label} compliance dropped from ${s.before.toFixed(1)}% to ${s.after.toFixed(1)}%`,
      });
    }
  }
  const candidates = [...delta.risksAdded, ...delta.risksChanged.map((c) => c.after)];
  for (const risk of candidates) {
    if (risk.treatment !== undefined || !isNewSerious(risk, delta)) continue;
    findings.push({
      rule: REGRESSION_RULE.id,
      message: `${levelName(risk.level)} risk ${risk.id} (score ${risk.score}) is new in this change and has no treatment`,
      file: risk.file,
      line: risk.line,
    });
  }
  return findings;
}

/**
 * The report with the regression findings added: as failures that fail the gate when `fail` (the
 * `fail-on-regression` input), else as warnings, so a regression is always visible but only gates
 * when asked to.
 */
export function applyRegressions(report: Report, findings: readonly Finding[], fail = true): Report {
  if (findings.length === 0) return report;
  if (!fail) return { ...report, warnings: [...report.warnings, ...findings] };
  return { ...report, passed: false, failures: [...report.failures, ...findings] };
}
