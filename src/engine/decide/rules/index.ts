import type { Rule } from '../rule.js';
import { complianceThreshold } from './compliance-threshold.js';
import { criticalRiskUntreated } from './critical-risk-untreated.js';
import { evidenceMissing } from './evidence-missing.js';
import { evidenceStale } from './evidence-stale.js';

/** Every gate rule, in the order the report lists their findings. */
export const RULES: readonly Rule[] = [
  criticalRiskUntreated,
  complianceThreshold,
  evidenceMissing,
  evidenceStale,
];
