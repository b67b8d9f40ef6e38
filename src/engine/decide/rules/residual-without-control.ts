import { reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule } from '../rule.js';

/** Warns when a stated residual is lower than the inherent score but no control is linked to explain it. */
export const residualWithoutControl: Rule = {
  id: 'residual-without-control',
  description: 'A residual score lower than the inherent one names the controls that lower it.',
  defaultSeverity: 'warning',
  check(context) {
    return reviewedRisks(context)
      .filter(
        (r) => r.residual.basis === 'stated' && r.residual.score < r.risk.score && r.controls.length === 0,
      )
      .map((r) =>
        riskFinding(
          r,
          `claims a residual score of ${r.residual.score} but links no control that would lower it`,
        ),
      );
  },
};
