import type { RiskLevel } from '../model.js';

/** Risk levels from most to least severe. */
export const RISK_LEVELS: readonly RiskLevel[] = ['critical', 'high', 'medium', 'low', 'minimal'];

/** The seed's methodology: Critical 20-25, High 15-19, Medium 10-14, Low 5-9, Minimal 1-4. */
export function riskLevel(score: number): RiskLevel {
  if (score >= 20) return 'critical';
  if (score >= 15) return 'high';
  if (score >= 10) return 'medium';
  if (score >= 5) return 'low';
  return 'minimal';
}

/** `Critical`, `High`, ... for reports. */
export function levelName(level: RiskLevel): string {
  return level[0]!.toUpperCase() + level.slice(1);
}
