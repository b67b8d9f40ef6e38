import type { Rule } from '../rule.js';

/** Off by default: turn on to make the Stage 2 checklist a gate condition. */
export const readinessStage2: Rule = {
  id: 'readiness-stage-2',
  description:
    'Every item of the Stage 2 readiness checklist is met (controls, evidence, training, incidents, 3+ months of metrics). Needs `documents` in the config.',
  defaultSeverity: 'off',
  check: ({ evaluation }) =>
    (evaluation.readiness?.stage2 ?? [])
      .filter((i) => !i.ok)
      .map((i) => ({ message: `Stage 2: ${i.text}: ${i.missing.join('; ')}` })),
};
