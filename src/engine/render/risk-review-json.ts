import { DEFAULT_ACCEPTANCE_NOTICE_DAYS } from '../evaluate/review-risks.js';
import type { Report } from '../pipeline.js';

/**
 * The treatment review in the JSON report: one entry per risk in register order with its status,
 * residual (and whether it was stated or computed), linked controls, deadline, overdue days and
 * acceptance; null without a register. Keys in a fixed order for byte-stable output.
 */
export function riskReviewJson(report: Report): unknown {
  const review = report.riskReview;
  if (!review) return null;
  return {
    today: review.today,
    assessed: review.assessed ?? null,
    acceptanceNoticeDays: report.settings.acceptanceNoticeDays ?? DEFAULT_ACCEPTANCE_NOTICE_DAYS,
    riskAppetite: report.settings.riskAppetite ?? null,
    items: review.items.map((r) => ({
      id: r.risk.id,
      level: r.risk.level,
      status: r.state,
      treatmentPlan: r.risk.treatmentPlan ?? null,
      identified: r.risk.identified ?? null,
      residual: {
        score: r.residual.score,
        level: r.residual.level,
        basis: r.residual.basis,
        likelihood: r.residual.likelihood ?? null,
        impact: r.residual.impact ?? null,
        effectiveness: r.residual.effectiveness ?? null,
      },
      controls: r.controls.map((c) => ({ id: c.id, status: c.status })),
      ineffectiveControls: r.ineffective.map((c) => c.id),
      deadline: r.deadline ?? null,
      daysOverdue: r.daysOverdue ?? null,
      acceptance: {
        acceptedBy: r.risk.acceptedBy ?? null,
        acceptedOn: r.risk.acceptedOn ?? null,
        expires: r.risk.acceptanceExpires ?? null,
        daysLeft: r.acceptanceDaysLeft ?? null,
        valid: r.acceptedNow,
      },
      reviewDate: r.risk.reviewDate ?? null,
    })),
  };
}
