import type { Rule } from '../rule.js';
import { missedDeadlines } from './treatment-deadline.js';

/** Warns when a Medium risk is past its treatment deadline without a plan. */
export const treatmentDeadlineMedium: Rule = {
  id: 'treatment-deadline-medium',
  description:
    'Medium risks have a treatment plan within 90 days (configurable) of `identified` or `assessed`.',
  defaultSeverity: 'warning',
  check: (context) => missedDeadlines(context, ['medium']),
};
