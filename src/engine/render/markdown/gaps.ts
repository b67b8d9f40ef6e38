import type { StandardResult } from '../../evaluate/evaluate-standard.js';
import { cell } from '../escape.js';
import { LEVEL_BADGE, STATUS_LABEL } from './labels.js';
import { table } from './table.js';

/** Gaps in priority order with owner and the risks relying on each; the full list sits in a fold. */
export function renderGaps(standard: StandardResult): string {
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
  ]);
  return [
    heading,
    '',
    '<details open><summary>Gaps by priority: controls relied on by Critical and High risks first, then not implemented, planned, partial, not assessed</summary>',
    '',
    table(['#', 'Control', 'Title', 'Status', 'Owner', 'Relied on by'], rows, 'rlllll'),
    '',
    '</details>',
  ].join('\n');
}
