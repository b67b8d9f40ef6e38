import { days, reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule, RuleContext } from '../rule.js';
import type { RiskLevel } from '../../model.js';

/** Findings for risks of the given levels whose plan deadline has passed without a treatment plan. */
export function missedDeadlines(context: RuleContext, levels: readonly RiskLevel[]) {
  return reviewedRisks(context)
    .filter((r) => levels.includes(r.risk.level) && !r.hasPlan && r.deadline && r.deadline.daysPast > 0)
    .map((r) =>
      riskFinding(
        r,
        `has no treatment plan ${days(r.deadline!.daysPast)} after its deadline ${r.deadline!.date} (${days(r.deadline!.days)} from ${r.deadline!.from} ${r.deadline!.from === 'identified' ? r.risk.identified : context.evaluation.riskReview?.assessed})`,
      ),
    );
}

/** Fails when a Critical or High risk is past its treatment deadline without a plan. */
export const treatmentDeadline: Rule = {
  id: 'treatment-deadline',
  description:
    "Critical and High risks have a treatment plan within 7 and 30 days (configurable) of `identified`, or of the register's `assessed` date.",
  defaultSeverity: 'error',
  check: (context) => missedDeadlines(context, ['critical', 'high']),
};
