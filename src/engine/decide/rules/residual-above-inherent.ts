import { reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule } from '../rule.js';

/** Fails when the stated residual score exceeds the inherent score: a treatment cannot add risk. */
export const residualAboveInherent: Rule = {
  id: 'residual-above-inherent',
  description: 'The residual score (residual likelihood x residual impact) is not above the inherent score.',
  defaultSeverity: 'error',
  check(context) {
    return reviewedRisks(context)
      .filter((r) => r.residual.basis === 'stated' && r.residual.score > r.risk.score)
      .map((r) =>
        riskFinding(
          r,
          `has a residual score ${r.residual.likelihood} x ${r.residual.impact} = ${r.residual.score} above its inherent score; check the figures`,
        ),
      );
  },
};
