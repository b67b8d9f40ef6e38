import { reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule } from '../rule.js';

/** Fails when a residual score exceeds the risk appetite and no valid acceptance covers it. */
export const riskAppetite: Rule = {
  id: 'risk-appetite',
  description:
    'With `risk-appetite` set, every residual score above it has a recorded, unexpired acceptance.',
  defaultSeverity: 'error',
  check(context) {
    const appetite = context.settings.riskAppetite;
    if (appetite === undefined) return [];
    return reviewedRisks(context)
      .filter((r) => r.residual.score > appetite && !r.acceptedNow)
      .map((r) =>
        riskFinding(
          r,
          `has a residual score of ${r.residual.score} (${r.residual.basis}) above the risk appetite ${appetite} without a valid acceptance`,
        ),
      );
  },
};
