import type { Rule } from '../rule.js';

/** Warns when the evidence of an implemented or partial control is older than the maximum age. */
export const evidenceStale: Rule = {
  id: 'evidence-stale',
  description:
    'Evidence of implemented and partial controls was reviewed (`last_reviewed`, else the newest commit touching its files) within `evidence-max-age` days (default 365).',
  defaultSeverity: 'warning',
  check({ evaluation }) {
    const evidence = evaluation.evidence;
    if (!evidence) return [];
    return evidence.controls
      .filter(
        (control) => control.stale && (control.status === 'implemented' || control.status === 'partial'),
      )
      .map((control) => ({
        file: control.source.file,
        line: control.source.line,
        message: `evidence of control ${control.id} was last ${control.reviewedFrom === 'git' ? 'committed' : 'reviewed'} on ${control.reviewed} (${control.ageDays} days ago); the maximum age is ${evidence.maxAge} days`,
      }));
  },
};
