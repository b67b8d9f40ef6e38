import type { Rule } from '../rule.js';

/** Off by default: turn on to make the Stage 1 checklist a gate condition. */
export const readinessStage1: Rule = {
  id: 'readiness-stage-1',
  description:
    'Every item of the Stage 1 readiness checklist is met (scope, policy, risk assessment, SoA, internal audit, management review, corrective actions). Needs `documents` in the config.',
  defaultSeverity: 'off',
  check: ({ evaluation }) =>
    (evaluation.readiness?.stage1 ?? [])
      .filter((i) => !i.ok)
      .map((i) => ({ message: `Stage 1: ${i.text}: ${i.missing.join('; ')}` })),
};
