import { days, reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule } from '../rule.js';

/** Fails when a risk acceptance has lapsed (valid through its expiry date, expired from the next day). */
export const acceptanceExpired: Rule = {
  id: 'acceptance-expired',
  description: 'No risk acceptance is past its `acceptance_expires` date.',
  defaultSeverity: 'error',
  check(context) {
    return reviewedRisks(context)
      .filter((review) => review.acceptanceDaysLeft !== undefined && review.acceptanceDaysLeft < 0)
      .map((review) =>
        riskFinding(
          review,
          `has an acceptance that expired on ${review.risk.acceptanceExpires} (${days(-review.acceptanceDaysLeft!)} ago${review.risk.acceptedBy ? `, accepted by ${review.risk.acceptedBy}` : ''}); renew or treat it`,
        ),
      );
  },
};
