import { levelName, RISK_LEVELS } from '../../evaluate/risk-level.js';
import type { RiskReview } from '../../evaluate/review-risks.js';
import type { RiskState } from '../../model.js';
import { LEVEL_EMOJI } from './heat-map.js';
import { table } from './table.js';

/** Treatment states in the order work moves through them. */
export const STATES: readonly RiskState[] = ['open', 'in-progress', 'treated', 'accepted', 'closed'];

/** How each treatment state reads in a report. */
export const STATE_LABEL: Record<RiskState, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  treated: 'Treated',
  accepted: 'Accepted',
  closed: 'Closed',
};

/**
 * Treatment status by level as a table, and the same totals as a Mermaid pie, which shows the share of
 * unfinished work at a glance. Labels are fixed words, never user text, so the chart needs no escaping.
 */
export function renderTreatmentStatus(items: readonly RiskReview[]): string {
  const count = (state: RiskState, level?: string) =>
    items.filter((r) => r.state === state && (level === undefined || r.risk.level === level)).length;
  const present = STATES.filter((state) => count(state) > 0);
  const rows = present.map((state) => [
    STATE_LABEL[state],
    ...RISK_LEVELS.map((level) => String(count(state, level))),
    `**${count(state)}**`,
  ]);
  rows.push([
    '**Total**',
    ...RISK_LEVELS.map((level) => `**${items.filter((r) => r.risk.level === level).length}**`),
    `**${items.length}**`,
  ]);
  const headers = [
    'Status',
    ...RISK_LEVELS.map((level) => `${LEVEL_EMOJI[level]} ${levelName(level)}`),
    'Total',
  ];
  const pie = [
    '```mermaid',
    'pie showData title Risk treatment status',
    ...present.map((state) => `    "${STATE_LABEL[state]}" : ${count(state)}`),
    '```',
  ];
  return ['### Treatment status', '', table(headers, rows, 'lrrrrrr'), '', ...pie].join('\n');
}
