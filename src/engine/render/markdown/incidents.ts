import type { Clock, ClockKind, IncidentEvaluation } from '../../evaluate/incidents/check-incidents.js';
import { cell } from '../escape.js';
import { table } from './table.js';

const MARK: Record<Clock['state'], string> = {
  met: '✅',
  late: '❌ late',
  overdue: '❌ overdue',
  pending: '⏳ open',
  unrecorded: '❔ not recorded',
};

const COLUMNS: readonly ClockKind[] = [
  'logging',
  'response',
  'report',
  'notify-individuals',
  'notify-authority',
];

function clockCell(clocks: readonly Clock[], kind: ClockKind): string {
  const clock = clocks.find((c) => c.kind === kind);
  if (!clock) return '—';
  return clock.state === 'met' ? `✅ ${cell(clock.detail)}` : `${MARK[clock.state]}: ${cell(clock.detail)}`;
}

/** Each incident with the seed's clocks: logged, responded, reported, notified. */
export function renderIncidents(incidents: IncidentEvaluation): string {
  const missed = incidents.items.filter((i) =>
    i.clocks.some((c) => c.state !== 'met' && c.state !== 'pending'),
  );
  const rows = incidents.items.map(({ incident, clocks }) => [
    cell(incident.id),
    incident.severity[0]!.toUpperCase() + incident.severity.slice(1),
    cell(incident.category),
    incident.detected.date,
    ...COLUMNS.map((kind) => clockCell(clocks, kind)),
  ]);
  return [
    `### Incidents (${incidents.items.length}; ${missed.length} with a missed clock)`,
    '',
    '<details><summary>Incident clocks: logged within 15 min, response by severity, report within 5 business days, HIPAA 60 days, GDPR 72 h</summary>',
    '',
    table(
      [
        'Incident',
        'Severity',
        'Category',
        'Detected',
        'Logged',
        'Response',
        'Report',
        'Individuals (HIPAA)',
        'Authority (GDPR)',
      ],
      rows,
    ),
    '',
    '</details>',
  ].join('\n');
}
