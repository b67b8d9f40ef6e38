import { levelName, riskLevel, RISK_LEVELS } from '../../evaluate/risk-level.js';
import type { RiskReview } from '../../evaluate/review-risks.js';
import type { RiskLevel } from '../../model.js';
import { table } from './table.js';

/** The colour marker of each level, as in LEVEL_BADGE. */
export const LEVEL_EMOJI: Record<RiskLevel, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🟢',
  minimal: '⚪',
};

const SCALE = [1, 2, 3, 4, 5] as const;

/** Counts per cell, keyed `likelihood,impact`. */
type Grid = Map<string, number>;

/**
 * A 5x5 heat map as a Markdown table: likelihood 5 (top) to 1, impact 1 to 5 left to right; each cell
 * shows the level's colour and, when risks fall in it, their count in bold.
 */
export function heatMapTable(grid: Grid): string {
  const rows = [...SCALE].reverse().map((likelihood) => [
    `**${likelihood}**`,
    ...SCALE.map((impact) => {
      const colour = LEVEL_EMOJI[riskLevel(likelihood * impact)];
      const count = grid.get(`${likelihood},${impact}`) ?? 0;
      return count === 0 ? colour : `${colour} **${count}**`;
    }),
  ]);
  return table(['Likelihood ↓ · Impact →', ...SCALE.map(String)], rows, 'cccccc');
}

function gridOf(points: readonly (readonly [number, number])[]): Grid {
  const grid: Grid = new Map();
  for (const [l, i] of points) grid.set(`${l},${i}`, (grid.get(`${l},${i}`) ?? 0) + 1);
  return grid;
}

const LEGEND = RISK_LEVELS.map((level) => `${LEVEL_EMOJI[level]} ${levelName(level)}`).join(' · ');

/**
 * Inherent and residual heat maps. A computed residual has a score but no likelihood and impact of its
 * own, so it cannot sit on the grid; those risks are counted by level under the residual map instead.
 */
export function renderHeatMaps(items: readonly RiskReview[]): string {
  const inherent = gridOf(items.map((r) => [r.risk.likelihood, r.risk.impact] as const));
  const stated = items.filter((r) => r.residual.basis === 'stated');
  const residual = gridOf(stated.map((r) => [r.residual.likelihood!, r.residual.impact!] as const));
  const computed = items.filter((r) => r.residual.basis === 'computed');
  const parts = [
    '### Risk heat maps',
    '',
    LEGEND,
    '',
    `**Inherent risk** (${items.length} ${items.length === 1 ? 'risk' : 'risks'})`,
    '',
    heatMapTable(inherent),
    '',
    `**Residual risk** (${stated.length} with stated residual likelihood and impact)`,
    '',
    heatMapTable(residual),
  ];
  if (computed.length > 0) {
    const byLevel = RISK_LEVELS.map(
      (level) => [level, computed.filter((r) => r.residual.level === level).length] as const,
    )
      .filter(([, n]) => n > 0)
      .map(([level, n]) => `${LEVEL_EMOJI[level]} ${levelName(level)} ${n}`)
      .join(' · ');
    parts.push(
      '',
      `${computed.length} ${computed.length === 1 ? 'risk has a' : 'risks have a'} computed residual (inherent x (1 - effectiveness of the linked controls)), not placed on the grid: ${byLevel}.`,
    );
  }
  return parts.join('\n');
}
