import { daysBetween } from '../../dates.js';
import { days, reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule } from '../rule.js';

/** Warns when a risk's review date has passed. */
export const riskReviewOverdue: Rule = {
  id: 'risk-review-overdue',
  description: 'No risk is past its `review_date`.',
  defaultSeverity: 'warning',
  check(context) {
    const today = context.settings.today;
    return reviewedRisks(context)
      .filter((r) => r.risk.reviewDate !== undefined && r.risk.reviewDate < today)
      .map((r) =>
        riskFinding(
          r,
          `was due for review on ${r.risk.reviewDate} (${days(daysBetween(r.risk.reviewDate!, today))} ago)`,
        ),
      );
  },
};
