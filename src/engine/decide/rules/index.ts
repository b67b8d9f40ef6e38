import type { Rule } from '../rule.js';
import { acceptCritical } from './accept-critical.js';
import { acceptanceExpired } from './acceptance-expired.js';
import { acceptanceIncomplete } from './acceptance-incomplete.js';
import { complianceThreshold } from './compliance-threshold.js';
import { criticalRiskUntreated } from './critical-risk-untreated.js';
import { iso2013Ids } from './iso2013-ids.js';
import { ineffectiveTreatment } from './ineffective-treatment.js';
import { mitigateIncomplete } from './mitigate-incomplete.js';
import { residualAboveInherent } from './residual-above-inherent.js';
import { residualWithoutControl } from './residual-without-control.js';
import { riskAppetite } from './risk-appetite.js';
import { riskReviewOverdue } from './risk-review-overdue.js';
import { treatmentDeadline } from './treatment-deadline.js';
import { treatmentDeadlineMedium } from './treatment-deadline-medium.js';
import { treatmentOverdue } from './treatment-overdue.js';
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
  // Risk treatment rules (ISO 27001 6.1.2, 6.1.3, 8.2, 8.3).
  treatmentDeadline,
  treatmentDeadlineMedium,
  mitigateIncomplete,
  treatmentOverdue,
  acceptanceIncomplete,
  acceptanceExpired,
  acceptCritical,
  residualAboveInherent,
  residualWithoutControl,
  riskAppetite,
  ineffectiveTreatment,
  riskReviewOverdue,
  // Reading the controls file.
  iso2013Ids,
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
