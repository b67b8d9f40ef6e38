import type { Rule } from '../rule.js';

/** Fails when a control is excluded from the SoA while a risk's treatment relies on it. */
export const soaExclusionReliedOn: Rule = {
  id: 'soa-exclusion-relied-on',
  description:
    'No control marked not applicable is linked to a risk: a control a risk treatment relies on cannot be excluded (clause 6.1.3 d).',
  defaultSeverity: 'error',
  check({ evaluation }) {
    return (evaluation.soa?.checks.excludedButRelied ?? []).map((item) => ({
      file: item.source?.file,
      line: item.source?.line,
      message: `control ${item.id} is marked not applicable, but ${item.risks.length === 1 ? 'risk' : 'risks'} ${item.risks.join(', ')} ${item.risks.length === 1 ? 'relies' : 'rely'} on it; include it or relink the ${item.risks.length === 1 ? 'risk' : 'risks'}`,
    }));
  },
};
