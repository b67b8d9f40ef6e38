import type { Rule } from '../rule.js';

/** Fails when any evaluated standard's compliance is below the threshold. */
export const complianceThreshold: Rule = {
  id: 'compliance-threshold',
  description: 'Compliance of each evaluated standard is at least the threshold (default 80 %).',
  defaultSeverity: 'error',
  check({ evaluation, settings }) {
    return evaluation.standards.flatMap((standard) => {
      if (standard.applicable === 0) {
        return [
          { message: `${standard.label}: no applicable control in scope, so compliance cannot be measured` },
        ];
      }
      if (standard.percentage < settings.threshold) {
        return [
          {
            message: `${standard.label} compliance ${standard.percentage.toFixed(1)}% is below the threshold ${settings.threshold}%`,
          },
        ];
      }
      return [];
    });
  },
};
