import type { Rule } from '../rule.js';
import { incidentFindings } from './incident-findings.js';

/** The seed's incident clock for notification; a warning by default, because a past miss cannot be undone by a change. */
export const incidentNotificationTime: Rule = {
  id: 'incident-notification-time',
  description:
    'Where PHI or personal data was involved, individuals were notified within 60 days (HIPAA) and the authority within 72 hours (GDPR).',
  defaultSeverity: 'warning',
  check: ({ evaluation }) =>
    incidentFindings(evaluation.incidents, ['notify-individuals', 'notify-authority']),
};
