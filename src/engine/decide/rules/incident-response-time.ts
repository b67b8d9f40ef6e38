import type { Rule } from '../rule.js';
import { incidentFindings } from './incident-findings.js';

/** The seed's incident clock for response; a warning by default, because a past miss cannot be undone by a change. */
export const incidentResponseTime: Rule = {
  id: 'incident-response-time',
  description:
    "Every incident had a first response within its severity's time: Critical immediately (0 h, configurable), High 1 h, Medium 4 h, Low 24 h.",
  defaultSeverity: 'warning',
  check: ({ evaluation }) => incidentFindings(evaluation.incidents, ['response']),
};
