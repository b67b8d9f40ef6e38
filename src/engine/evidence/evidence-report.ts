import type { EvidenceAssessment } from './assess-evidence.js';
import type { EvidencedCompliance } from './evidenced-compliance.js';

/** The evidence part of a report: each control's evidence, and the evidenced figure beside the declared one. */
export interface EvidenceReport extends EvidenceAssessment {
  compliance: EvidencedCompliance[];
}
