import type { RiskSummary } from '../../evaluate/summarize-risks.js';
import { RISK_LEVELS } from '../../evaluate/risk-level.js';
import { cell } from '../escape.js';
import { LEVEL_BADGE } from './labels.js';
import { table } from './table.js';

/** Counts by level, then every risk, most severe first. */
export function renderRisks(risks: RiskSummary): string {
  const counts = RISK_LEVELS.map((level) => `${LEVEL_BADGE[level]}: ${risks.byLevel[level]}`).join(' · ');
  const rows = risks.items.map((r) => [
    cell(r.id),
    cell(r.asset),
    cell(r.threat ?? r.description),
    cell(r.vulnerability),
    String(r.likelihood),
    String(r.impact),
    String(r.score),
    LEVEL_BADGE[r.level],
    r.treatment ? r.treatment[0]!.toUpperCase() + r.treatment.slice(1) : '**none**',
    cell(r.owner) || '_unassigned_',
  ]);
  return [
    `### Risks (${risks.items.length})`,
    '',
    counts,
    '',
    table(
      ['Risk', 'Asset', 'Threat', 'Vulnerability', 'L', 'I', 'Score', 'Level', 'Treatment', 'Owner'],
      rows,
      'llllrrrlll',
    ),
  ].join('\n');
}
