import type { Rule } from '../rule.js';
import { complianceThreshold } from './compliance-threshold.js';
import { criticalRiskUntreated } from './critical-risk-untreated.js';
import { evidenceMissing } from './evidence-missing.js';
import { evidenceStale } from './evidence-stale.js';
import { soaExclusionReliedOn } from './soa-exclusion-relied-on.js';
import { soaIncomplete } from './soa-incomplete.js';
import { incidentLoggingTime } from './incident-logging-time.js';
import { incidentNotificationTime } from './incident-notification-time.js';
import { incidentReportTime } from './incident-report-time.js';
import { incidentResponseTime } from './incident-response-time.js';
import { readinessStage1 } from './readiness-stage-1.js';
import { readinessStage2 } from './readiness-stage-2.js';

/** Every gate rule, in the order the report lists their findings. */
export const RULES: readonly Rule[] = [
  criticalRiskUntreated,
  complianceThreshold,
  evidenceMissing,
  evidenceStale,
  soaExclusionReliedOn,
  soaIncomplete,
  incidentLoggingTime,
  incidentResponseTime,
  incidentReportTime,
  incidentNotificationTime,
  readinessStage1,
  readinessStage2,
];
