import { formatDuration, LOGGING_LIMIT_SECONDS } from '../../evaluate/incidents/clocks.js';
import type { ClockKind, IncidentEvaluation } from '../../evaluate/incidents/check-incidents.js';
import type { Finding } from '../rule.js';

const LIMIT: Record<ClockKind, (evaluation: IncidentEvaluation, severity: string) => string> = {
  logging: () => `logging is due within ${formatDuration(LOGGING_LIMIT_SECONDS)} of detection`,
  response: (e, s) =>
    `a ${s} incident needs a response within ${formatDuration(e.responseSeconds[s as 'high'])}`,
  report: () => 'the post-incident report is due within 5 business days of resolution',
  'notify-individuals': () =>
    'PHI was involved: HIPAA requires notifying individuals within 60 days of discovery',
  'notify-authority': () =>
    'personal data was involved: GDPR requires notifying the authority within 72 hours',
};

const WHAT: Record<ClockKind, string> = {
  logging: 'logged',
  response: 'first response',
  report: 'post-incident report',
  'notify-individuals': 'individuals notified',
  'notify-authority': 'authority notified',
};

/** Findings for the clocks of the given kinds that were missed, overdue or cannot be judged. */
export function incidentFindings(
  evaluation: IncidentEvaluation | undefined,
  kinds: readonly ClockKind[],
): Omit<Finding, 'rule'>[] {
  if (!evaluation) return [];
  return evaluation.items.flatMap(({ incident, clocks }) =>
    clocks
      .filter((clock) => kinds.includes(clock.kind) && clock.state !== 'met' && clock.state !== 'pending')
      .map((clock) => ({
        file: incident.source.file,
        line: incident.source.line,
        message: `incident ${incident.id} (${incident.severity}): ${WHAT[clock.kind]} ${clock.detail}${
          clock.state === 'late' ? `, after the deadline ${clock.deadline}` : ''
        }; ${LIMIT[clock.kind](evaluation, incident.severity)}`,
      })),
  );
}
