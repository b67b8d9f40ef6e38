import type { StandardResult } from './evaluate/evaluate-standard.js';
import type { RiskReviewSummary } from './evaluate/review-risks.js';
import type { RiskSummary } from './evaluate/summarize-risks.js';

/** What evaluation produced, before the gate decides: one result per standard, and the risks. */
export interface Evaluation {
  standards: StandardResult[];
  /** Absent when no risk register was given. */
  risks?: RiskSummary;
  /** Treatment, residual and deadline review of the register; absent without one. */
  riskReview?: RiskReviewSummary;
}
