import type { Rule } from '../rule.js';
import { incidentFindings } from './incident-findings.js';

/** The seed's incident clock for report; a warning by default, because a past miss cannot be undone by a change. */
export const incidentReportTime: Rule = {
  id: 'incident-report-time',
  description:
    'Every resolved incident has its post-incident report within 5 business days of resolution (weekends and configured holidays skipped).',
  defaultSeverity: 'warning',
  check: ({ evaluation }) => incidentFindings(evaluation.incidents, ['report']),
};
