import { REGRESSION_RULE } from '../../delta/regression.js';
import { RULES } from '../../decide/rules/index.js';

/** SARIF's three result levels that code scanning shows. */
export type SarifLevel = 'error' | 'warning' | 'note';

/** One check the gate makes, as a SARIF rule (`reportingDescriptor`). */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

function rule(id: string, text: string, level: SarifLevel, tags: string[]): SarifRule {
  return {
    id,
    name: pascal(id),
    shortDescription: { text: text.split(/(?<=\.)\s/)[0]! },
    fullDescription: { text },
    defaultConfiguration: { level },
    properties: { tags: ['isms', ...tags] },
  };
}

/**
 * Every check as a SARIF rule, in a fixed order: the input checks, the gap check, each registered
 * gate rule and the regression gate. Listing them all, used or not, keeps `ruleIndex` stable.
 */
export function sarifRules(): SarifRule[] {
  return [
    rule(
      'invalid-row',
      'A row of a controls file or risk register is invalid. The gate cannot evaluate a file with an invalid row; the message names the bad value and what is valid.',
      'error',
      ['input'],
    ),
    rule(
      'gap',
      'An applicable control is not fully implemented. Controls relied on by Critical risks are errors, partial ones notes, the rest warnings.',
      'warning',
      ['compliance'],
    ),
    ...RULES.map((r) => rule(r.id, r.description, 'error', ['gate'])),
    rule(REGRESSION_RULE.id, REGRESSION_RULE.description, 'error', ['gate', 'pull-request']),
  ];
}
