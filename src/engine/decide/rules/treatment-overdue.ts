import { days, reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule } from '../rule.js';

/** Fails when a treatment's due date has passed and the risk is not treated, accepted or closed. */
export const treatmentOverdue: Rule = {
  id: 'treatment-overdue',
  description: 'No treatment is past its due date while its status is not treated, accepted or closed.',
  defaultSeverity: 'error',
  check(context) {
    return reviewedRisks(context)
      .filter((review) => review.daysOverdue !== undefined)
      .map((review) =>
        riskFinding(
          review,
          `is overdue: due ${review.risk.due}, ${days(review.daysOverdue!)} ago, status ${review.state}${review.risk.owner ? `, owner ${review.risk.owner}` : ''}`,
        ),
      );
  },
};
