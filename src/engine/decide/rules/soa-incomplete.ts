import type { Rule } from '../rule.js';

function list(ids: readonly string[]): string {
  return ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more` : ids.join(', ');
}

/** Warns when the Statement of Applicability leaves Annex A controls out or undecided. */
export const soaIncomplete: Rule = {
  id: 'soa-incomplete',
  description:
    'The controls file states every Annex A control, each decided (no absent control, no TBD), as clause 6.1.3 d) requires of a Statement of Applicability.',
  defaultSeverity: 'warning',
  check({ evaluation }) {
    const checks = evaluation.soa?.checks;
    if (!checks) return [];
    const findings = [];
    if (checks.missing.length > 0) {
      findings.push({
        message: `Statement of Applicability: ${checks.missing.length} of ${checks.total} Annex A controls are not in the controls file (${list(checks.missing)}); clause 6.1.3 d) requires every control`,
      });
    }
    for (const row of evaluation.soa!.rows.filter((r) => r.undecided !== undefined)) {
      findings.push({
        file: row.source?.file,
        line: row.source?.line,
        message: `Statement of Applicability: control ${row.id} is not decided (${row.undecided})`,
      });
    }
    return findings;
  },
};
