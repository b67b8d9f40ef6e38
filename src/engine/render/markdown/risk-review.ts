import { DEFAULT_ACCEPTANCE_NOTICE_DAYS, type RiskReviewSummary } from '../../evaluate/review-risks.js';
import type { Settings } from '../../settings.js';
import { renderHeatMaps } from './heat-map.js';
import { renderIneffective, renderResidual } from './residual.js';
import { renderExpiringAcceptances, renderMissedDeadlines, renderOverdue } from './risk-deadlines.js';
import { renderTreatmentStatus } from './treatment-status.js';

/** The risk treatment sections: heat maps, treatment status, residual risk, deadlines and acceptances. */
export function renderRiskReview(review: RiskReviewSummary, settings: Settings): string {
  return [
    renderHeatMaps(review.items),
    renderTreatmentStatus(review.items),
    renderResidual(review.items),
    renderIneffective(review.items),
    renderOverdue(review.items),
    renderMissedDeadlines(review.items),
    renderExpiringAcceptances(review.items, settings.acceptanceNoticeDays ?? DEFAULT_ACCEPTANCE_NOTICE_DAYS),
  ]
    .filter((section) => section !== '')
    .join('\n\n');
}
