import type { Evaluation } from '../evaluation.js';
import type { Settings } from '../settings.js';

/** How a rule's findings count: `error` fails the gate, `warning` is reported, `off` is not run. */
export type Severity = 'error' | 'warning' | 'off';

/** One thing a rule found, located in a user's file where it came from one. */
export interface Finding {
  rule: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** What a rule sees: the whole evaluation and the settings. */
export interface RuleContext {
  evaluation: Evaluation;
  settings: Settings;
}

/** A gate rule: a small pure function with an id, a description for the docs and a default severity. */
export interface Rule {
  id: string;
  description: string;
  /** `off` for rules a team opts into, such as the readiness checklists. */
  defaultSeverity: Severity;
  check(context: RuleContext): Omit<Finding, 'rule'>[];
}
