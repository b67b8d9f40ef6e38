import { reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule } from '../rule.js';

/** Fails when a risk to be mitigated lacks an owner, a plan or a due date. */
export const mitigateIncomplete: Rule = {
  id: 'mitigate-incomplete',
  description: 'A `mitigate` treatment names an owner, a treatment plan and a due date.',
  defaultSeverity: 'error',
  check(context) {
    return reviewedRisks(context).flatMap((review) => {
      const { risk } = review;
      if (risk.treatment !== 'mitigate') return [];
      const missing = [
        risk.owner === undefined ? 'owner' : '',
        risk.treatmentPlan === undefined ? 'treatment plan' : '',
        risk.due === undefined ? 'due date' : '',
      ].filter((item) => item !== '');
      if (missing.length === 0) return [];
      const listed =
        missing.length === 1
          ? missing[0]
          : `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}`;
      return [riskFinding(review, `is to be mitigated but has no ${listed}`)];
    });
  },
};
