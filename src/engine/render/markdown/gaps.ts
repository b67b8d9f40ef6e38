import type { StandardResult } from '../../evaluate/evaluate-standard.js';
import { recommendation } from '../../evaluate/recommend.js';
import { cell } from '../escape.js';
import { LEVEL_BADGE, STATUS_LABEL } from './labels.js';
import { table } from './table.js';

/**
 * Gaps in priority order with owner and the risks relying on each, and with `recommendations` the
 * next step for each (the gap analysis); the full list sits in a fold.
 */
export function renderGaps(standard: StandardResult, recommendations = false): string {
  const heading = `### Gaps: ${cell(standard.label)} (${standard.gaps.length})`;
  if (standard.gaps.length === 0) return `${heading}\n\nNo gaps: every applicable control is implemented.`;
  const rows = standard.gaps.map((gap, i) => [
    String(i + 1),
    cell(gap.id),
    cell(gap.title),
    [
      STATUS_LABEL[gap.status],
      gap.detail ? `: ${cell(gap.detail)}` : '',
      gap.reason ? ` (${cell(gap.reason)})` : '',
    ].join(''),
    cell(gap.owner) || '_unassigned_',
    gap.riskLevel ? `${LEVEL_BADGE[gap.riskLevel]}: ${gap.linkedRisks.map(cell).join(', ')}` : '',
    ...(recommendations ? [cell(recommendation(gap))] : []),
  ]);
  const headers = ['#', 'Control', 'Title', 'Status', 'Owner', 'Relied on by'];
  return [
    heading,
    '',
    '<details open><summary>Gaps by priority: controls relied on by Critical and High risks first, then not implemented, planned, partial, not assessed</summary>',
    '',
    recommendations ? table([...headers, 'Next step'], rows, 'rllllll') : table(headers, rows, 'rlllll'),
    '',
    '</details>',
  ].join('\n');
}
