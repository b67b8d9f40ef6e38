import type { Rule } from '../rule.js';
import { complianceThreshold } from './compliance-threshold.js';
import { criticalRiskUntreated } from './critical-risk-untreated.js';
import { evidenceMissing } from './evidence-missing.js';
import { evidenceStale } from './evidence-stale.js';
import { soaExclusionReliedOn } from './soa-exclusion-relied-on.js';
import { soaIncomplete } from './soa-incomplete.js';

/** Every gate rule, in the order the report lists their findings. */
export const RULES: readonly Rule[] = [
  criticalRiskUntreated,
  complianceThreshold,
  evidenceMissing,
  evidenceStale,
  soaExclusionReliedOn,
  soaIncomplete,
];
