import type { Rule } from '../rule.js';
import { incidentFindings } from './incident-findings.js';

/** The seed's incident clock for logging; a warning by default, because a past miss cannot be undone by a change. */
export const incidentLoggingTime: Rule = {
  id: 'incident-logging-time',
  description:
    'Every incident was logged within 15 minutes of detection (a missing logged time counts as a miss).',
  defaultSeverity: 'warning',
  check: ({ evaluation }) => incidentFindings(evaluation.incidents, ['logging']),
};
