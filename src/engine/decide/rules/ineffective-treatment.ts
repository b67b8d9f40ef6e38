import { STATUS_WORD } from '../../evaluate/status-word.js';
import { reviewedRisks, riskFinding } from '../risk-findings.js';
import type { Rule } from '../rule.js';

/** Reports a treatment that relies on a control the controls file shows is not working. */
export const ineffectiveTreatment: Rule = {
  id: 'ineffective-treatment',
  description:
    'Controls a treatment relies on are implemented or partial, not planned, not implemented, not applicable or missing from the controls file.',
  defaultSeverity: 'warning',
  check(context) {
    return reviewedRisks(context).flatMap((review) =>
      review.ineffective.map((control) =>
        riskFinding(
          review,
          `relies on control ${control.id}, which is ${STATUS_WORD[control.status]}${control.file ? ` (${control.file}:${control.line})` : ' (absent from the controls file)'}: an ineffective treatment`,
        ),
      ),
    );
  },
};
