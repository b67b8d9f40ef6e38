import type { Metrics } from '../../evaluate/metrics.js';
import { cell } from '../escape.js';
import { pct, table } from './table.js';

/** A Mermaid bar chart; labels are generated (quarters, theme names), never free text from a file. */
function barChart(title: string, labels: readonly string[], values: readonly number[], max?: number): string {
  const top = max ?? Math.max(1, ...values);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${labels.map((l) => `"${l.replace(/"/g, "'")}"`).join(', ')}]`,
    `  y-axis 0 --> ${top}`,
    `  bar [${values.join(', ')}]`,
    '```',
  ].join('\n');
}

function pie(title: string, slices: readonly [string, number][]): string {
  return [
    '```mermaid',
    `pie title ${title}`,
    ...slices.map(([label, n]) => `  "${label}" : ${n}`),
    '```',
  ].join('\n');
}

/** Monitoring metrics (clause 9.1) as tables with Mermaid charts. */
export function renderMetrics(metrics: Metrics): string {
  const parts = ['### Metrics'];
  if (metrics.since) parts.push(`Records since ${metrics.since}.`);
  if (metrics.incidents) {
    const q = metrics.incidents.quarters;
    parts.push(
      `#### Incidents by quarter (${metrics.incidents.total})`,
      table(
        ['Quarter', 'Critical', 'High', 'Medium', 'Low', 'Total'],
        q.map((r) => [
          r.quarter,
          ...(['critical', 'high', 'medium', 'low'] as const).map((s) => String(r.bySeverity[s])),
          String(r.total),
        ]),
        'lrrrrr',
      ),
    );
    if (q.length > 0)
      parts.push(
        barChart(
          'Incidents per quarter',
          q.map((r) => r.quarter),
          q.map((r) => r.total),
        ),
      );
  }
  if (metrics.effectiveness) {
    parts.push(
      '#### Control effectiveness',
      'Share of applicable controls implemented with present, fresh evidence, beside the declared share.',
      table(
        ['Scope of figure', 'Declared', 'Effective (evidenced)'],
        metrics.effectiveness.map((e) => [cell(e.name), pct(e.declared), pct(e.evidenced)]),
        'lrr',
      ),
      barChart(
        'Evidenced compliance by theme (%)',
        metrics.effectiveness.slice(1).map((e) => e.name),
        metrics.effectiveness.slice(1).map((e) => e.evidenced),
        100,
      ),
    );
  }
  if (metrics.auditFindings) {
    const f = metrics.auditFindings;
    parts.push(
      '#### Audit findings',
      `Closure rate **${pct(f.closureRate)}**: ${f.closed} of ${f.total} closed, ${f.open} open${f.overdue.length > 0 ? `, ${f.overdue.length} past due (${f.overdue.map(cell).join(', ')})` : ''}.`,
      pie('Audit findings', [
        ['Closed', f.closed],
        ['Open', f.open],
      ]),
    );
  }
  if (metrics.training) {
    const t = metrics.training;
    parts.push(
      '#### Training completion',
      `Completion **${pct(t.completionRate)}**: ${t.completed} of ${t.total} assignments${t.overdue > 0 ? `, ${t.overdue} past due` : ''}.`,
      table(
        ['Course', 'Assigned', 'Completed', 'Completion'],
        t.courses.map((c) => [
          cell(c.course) || '_unnamed_',
          String(c.total),
          String(c.completed),
          pct(c.rate),
        ]),
        'lrrr',
      ),
      pie('Training', [
        ['Completed', t.completed],
        ['Not completed', t.total - t.completed],
      ]),
    );
  }
  return parts.join('\n\n');
}
