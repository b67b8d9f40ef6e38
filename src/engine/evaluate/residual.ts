import type { RiskEntry, RiskLevel, Status } from '../model.js';
import { riskLevel } from './risk-level.js';
import { points } from './score-compliance.js';

/** A risk's residual figure and how it was obtained. */
export interface Residual {
  /** Residual score; a decimal when computed (never truncated to an integer). */
  score: number;
  level: RiskLevel;
  /** `stated`: residual likelihood x impact from the register; `computed`: inherent x (1 - effectiveness). */
  basis: 'stated' | 'computed';
  likelihood?: number;
  impact?: number;
  /** For a computed residual: the mean effectiveness of the linked controls, 0 to 1. */
  effectiveness?: number;
}

/**
 * How much a control's status reduces a risk relying on it: implemented 1, partial 0.5, anything
 * else 0. A control out of scope (not applicable) or absent from the controls file protects nothing.
 */
export function controlEffectiveness(status: Status): number {
  return points(status) ?? 0;
}

/**
 * The residual risk: residual likelihood x residual impact when the register states them; otherwise
 * inherent x (1 - effectiveness), effectiveness the mean over the linked controls (0 with none), kept
 * to two decimals and never below 1.
 */
export function residualRisk(risk: RiskEntry, linkedStatuses: readonly Status[]): Residual {
  if (risk.residualLikelihood !== undefined && risk.residualImpact !== undefined) {
    const score = risk.residualLikelihood * risk.residualImpact;
    return {
      score,
      level: riskLevel(score),
      basis: 'stated',
      likelihood: risk.residualLikelihood,
      impact: risk.residualImpact,
    };
  }
  const effectiveness =
    linkedStatuses.length === 0
      ? 0
      : linkedStatuses.reduce((sum, status) => sum + controlEffectiveness(status), 0) / linkedStatuses.length;
  // Controls reduce a risk but never remove it: the scale's lowest score, 1, is the floor.
  const score = Math.max(1, Math.round(risk.score * (1 - effectiveness) * 100) / 100);
  return {
    score,
    level: riskLevel(score),
    basis: 'computed',
    effectiveness: Math.round(effectiveness * 1000) / 1000,
  };
}
