import { reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule } from '../rule.js';

/** Fails when a Critical risk is accepted unless the `allow-accept-critical` setting says so. */
export const acceptCritical: Rule = {
  id: 'accept-critical',
  description: 'A Critical risk is not accepted unless `allow-accept-critical` is set.',
  defaultSeverity: 'error',
  check(context) {
    if (context.settings.allowAcceptCritical === true) return [];
    return reviewedRisks(context)
      .filter((r) => r.risk.level === 'critical' && (r.risk.treatment === 'accept' || r.state === 'accepted'))
      .map((r) =>
        riskFinding(
          r,
          'is accepted; accepting a Critical risk needs the explicit allow-accept-critical setting',
        ),
      );
  },
};
