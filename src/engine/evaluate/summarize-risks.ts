import type { RiskEntry, RiskLevel } from '../model.js';
import { compareIds } from './compare-ids.js';
import { RISK_LEVELS } from './risk-level.js';

/** The register as the report shows it: every risk, most severe first, and counts by level. */
export interface RiskSummary {
  items: RiskEntry[];
  byLevel: Record<RiskLevel, number>;
}

/** Sorts risks by score (highest first), then by id, and counts them by level. */
export function summarizeRisks(risks: readonly RiskEntry[]): RiskSummary {
  const byLevel = Object.fromEntries(RISK_LEVELS.map((level) => [level, 0])) as Record<RiskLevel, number>;
  for (const risk of risks) byLevel[risk.level]++;
  const items = [...risks].sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
  return { items, byLevel };
}
