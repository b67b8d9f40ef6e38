import type { StandardResult } from './evaluate/evaluate-standard.js';
import type { RiskReviewSummary } from './evaluate/review-risks.js';
import type { RiskSummary } from './evaluate/summarize-risks.js';
import type { Notice } from './notice.js';

/** What evaluation produced, before the gate decides: one result per standard, and the risks. */
export interface Evaluation {
  standards: StandardResult[];
  /** Absent when no risk register was given. */
  risks?: RiskSummary;
  /** Treatment, residual and deadline review of the register; absent without one. */
  riskReview?: RiskReviewSummary;
  /** What reading the files changed that a person should see (e.g. 2013 ids carried over to 2022). */
  notices?: Notice[];
}
