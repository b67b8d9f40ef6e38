import { levelName } from '../evaluate/risk-level.js';
import type { RiskReview } from '../evaluate/review-risks.js';
import type { Finding, RuleContext } from './rule.js';

/** The reviewed risks of the evaluation; none without a register. */
export function reviewedRisks(context: RuleContext): readonly RiskReview[] {
  return context.evaluation.riskReview?.items ?? [];
}

/** A finding located on the risk's register row, its message prefixed with level, id and score. */
export function riskFinding(review: RiskReview, message: string): Omit<Finding, 'rule'> {
  const { risk } = review;
  return {
    message: `${levelName(risk.level)} risk ${risk.id} (score ${risk.score}) ${message}`,
    file: risk.source.file,
    line: risk.source.line,
  };
}

/** `1 day` / `3 days`. */
export function days(n: number): string {
  return `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`;
}
