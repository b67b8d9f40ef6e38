import { reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule } from '../rule.js';

/** Fails when a risk is accepted without recording who accepted it and when. */
export const acceptanceIncomplete: Rule = {
  id: 'acceptance-incomplete',
  description: 'An `accept` treatment (or an `accepted` status) records `accepted_by` and `accepted_on`.',
  defaultSeverity: 'error',
  check(context) {
    return reviewedRisks(context).flatMap((review) => {
      const { risk } = review;
      if (risk.treatment !== 'accept' && review.state !== 'accepted') return [];
      const missing = [
        risk.acceptedBy === undefined ? 'accepted_by' : '',
        risk.acceptedOn === undefined ? 'accepted_on' : '',
      ].filter((item) => item !== '');
      if (missing.length === 0) return [];
      return [
        riskFinding(
          review,
          `is accepted without ${missing.join(' and ')}; ISO 27001 6.1.3 f) asks for the risk owner's approval`,
        ),
      ];
    });
  },
};
