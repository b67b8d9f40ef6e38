import type { Rule } from '../rule.js';
import { complianceThreshold } from './compliance-threshold.js';
import { criticalRiskUntreated } from './critical-risk-untreated.js';
import { iso2013Ids } from './iso2013-ids.js';

/** Every gate rule, in the order the report lists their findings. */
export const RULES: readonly Rule[] = [criticalRiskUntreated, complianceThreshold, iso2013Ids];
