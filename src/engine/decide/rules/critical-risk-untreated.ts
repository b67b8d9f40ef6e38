import type { Rule } from '../rule.js';

/** Fails when a Critical risk has no treatment, or is to be mitigated with nobody owning it. */
export const criticalRiskUntreated: Rule = {
  id: 'critical-risk-untreated',
  description: 'Every Critical risk (score 20-25) has a treatment, and a `mitigate` treatment has an owner.',
  defaultSeverity: 'error',
  check({ evaluation }) {
    return (evaluation.risks?.items ?? [])
      .filter((risk) => risk.level === 'critical')
      .flatMap((risk) => {
        const where = { file: risk.source.file, line: risk.source.line };
        if (risk.treatment === undefined) {
          return [{ ...where, message: `Critical risk ${risk.id} (score ${risk.score}) has no treatment` }];
        }
        if (risk.treatment === 'mitigate' && risk.owner === undefined) {
          return [
            {
              ...where,
              message: `Critical risk ${risk.id} (score ${risk.score}) is to be mitigated but has no owner`,
            },
          ];
        }
        return [];
      });
  },
};
