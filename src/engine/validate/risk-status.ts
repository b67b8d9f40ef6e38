import type { RiskState } from '../model.js';

const WORDS: Readonly<Record<RiskState, readonly string[]>> = {
  open: ['open', 'new', 'identified', 'not started', 'to do', 'todo', 'pending', 'planned'],
  'in-progress': ['in progress', 'ongoing', 'started', 'wip', 'in treatment', 'underway', 'active'],
  treated: ['treated', 'mitigated', 'done', 'complete', 'completed', 'implemented', 'resolved', 'remediated'],
  accepted: ['accepted', 'retained', 'tolerated', 'risk accepted'],
  closed: ['closed', 'avoided', 'transferred', 'retired', 'eliminated'],
};

const lookup = new Map<string, RiskState>();
for (const [state, words] of Object.entries(WORDS) as [RiskState, readonly string[]][]) {
  for (const word of words) lookup.set(word, state);
}

/** The treatment state a register's status cell names (`In Progress`, `in_progress`, `WIP`), or undefined. */
export function parseRiskState(value: string): RiskState | undefined {
  return lookup.get(value.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' '));
}

/** The accepted words, for error messages. */
export function riskStateWords(): string {
  return Object.entries(WORDS)
    .map(([state, words]) => `${state} (${words.join(', ')})`)
    .join('; ');
}

/** States in which the treatment work is finished, so no due date can be overdue. */
export const DONE_STATES: ReadonlySet<RiskState> = new Set(['treated', 'closed', 'accepted']);
