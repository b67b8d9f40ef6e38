import { InputError } from '../errors.js';
import type { Finding, Rule, RuleContext, Severity } from './rule.js';
import { RULES } from './rules/index.js';

/** The gate's verdict: passed when no rule at severity `error` found anything. */
export interface Outcome {
  passed: boolean;
  failures: Finding[];
  warnings: Finding[];
}

/** Checks that every rule named in the settings exists, listing the valid ids when one does not. */
export function validateRuleSettings(
  overrides: Record<string, Severity>,
  rules: readonly Rule[] = RULES,
): void {
  const known = new Set(rules.map((rule) => rule.id));
  const unknown = Object.keys(overrides).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new InputError(
      `Unknown rule ${unknown.map((id) => JSON.stringify(id)).join(', ')}. Valid rules: ${[...known].join(', ')}.`,
    );
  }
}

/** Runs every rule at its configured severity and aggregates what they found. */
export function decide(context: RuleContext, rules: readonly Rule[] = RULES): Outcome {
  const failures: Finding[] = [];
  const warnings: Finding[] = [];
  for (const rule of rules) {
    const severity = context.settings.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const finding of rule.check(context)) {
      (severity === 'error' ? failures : warnings).push({ rule: rule.id, ...finding });
    }
  }
  return { passed: failures.length === 0, failures, warnings };
}
