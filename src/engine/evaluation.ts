import type { StandardResult } from './evaluate/evaluate-standard.js';
import type { RiskReviewSummary } from './evaluate/review-risks.js';
import type { RiskSummary } from './evaluate/summarize-risks.js';
import type { Notice } from './notice.js';
import type { EvidenceReport } from './evidence/evidence-report.js';
import type { Soa } from './soa/build-soa.js';
import type { IncidentEvaluation } from './evaluate/incidents/check-incidents.js';
import type { Metrics } from './evaluate/metrics.js';
import type { Readiness } from './readiness/checklists.js';

/** What evaluation produced, before the gate decides: one result per standard, and the risks. */
export interface Evaluation {
  standards: StandardResult[];
  /** Absent when no risk register was given. */
  risks?: RiskSummary;
  /** Treatment, residual and deadline review of the register; absent without one. */
  riskReview?: RiskReviewSummary;
  /** What reading the files changed that a person should see (e.g. 2013 ids carried over to 2022). */
  notices?: Notice[];
  /** Evidence found in the repository; absent when no workspace probe was given. */
  evidence?: EvidenceReport;
  /** The Statement of Applicability and its clause 6.1.3 d) checks (Annex A catalogs only). */
  soa?: Soa;
  /** The incident register against the seed's clocks; absent when no register was given. */
  incidents?: IncidentEvaluation;
  /** Monitoring metrics; absent when no incident, audit findings or training register was given. */
  metrics?: Metrics;
  /** Stage 1 and Stage 2 readiness; absent when the config names no documents. */
  readiness?: Readiness;
}
