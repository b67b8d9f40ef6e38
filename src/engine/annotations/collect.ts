import { formatProblem, type Problem } from '../errors.js';
import type { Gap } from '../evaluate/gaps.js';
import type { Report } from '../pipeline.js';
import { STATUS_LABEL } from '../render/markdown/labels.js';

/** A message pinned to a line of a user's file, as a CI system shows it beside the diff. */
export interface Annotation {
  level: 'error' | 'warning';
  /** The check that produced it: a gate rule id, `gap` or `invalid-row`. */
  rule: string;
  title: string;
  message: string;
  file: string;
  line: number;
  column?: number;
}

/** What an annotation is made from: a report, or the problems that stopped one being made. */
export interface AnnotationSource {
  report?: Report;
  problems?: readonly Problem[];
}

/** Every annotation's title: the tool; the message starts with the check (`gap:`, a rule id). */
const TITLE = 'isms-gate';

const RULE_RANK: Record<string, number> = { 'critical-risk-untreated': 0, 'no-regression': 1 };
const INVALID_RANK = 9;

function gapRank(gap: Gap): number {
  const urgency = gap.riskLevel === 'critical' ? 0 : gap.riskLevel === 'high' ? 1 : 2;
  const status = { 'not-implemented': 0, planned: 1, partial: 2 }[gap.status as string] ?? 3;
  return urgency * 10 + status;
}

function gapMessage(gap: Gap, label: string): string {
  const risks = gap.linkedRisks.length > 0 ? `; relied on by ${gap.linkedRisks.join(', ')}` : '';
  const owner = gap.owner ? `; owner ${gap.owner}` : '; no owner';
  return `${label} control ${gap.id} ${gap.title} is ${STATUS_LABEL[gap.status].toLowerCase()}${owner}${risks}`;
}

/**
 * Every annotation a run can make, each kind ordered most important first: errors are gate failures
 * located in a file (Critical risks before regressions before other rules) and then invalid rows in
 * file order; warnings are located warning findings and then gaps, those relied on by Critical and
 * High risks first. A gap shared by several standards is annotated once.
 */
export function collectAnnotations(source: AnnotationSource): {
  errors: Annotation[];
  warnings: Annotation[];
} {
  const errors: { item: Annotation; rank: number }[] = [];
  const warnings: { item: Annotation; rank: number }[] = [];
  for (const problem of source.problems ?? []) {
    if (!problem.file || !problem.line) continue;
    errors.push({
      rank: INVALID_RANK,
      item: {
        level: 'error',
        rule: 'invalid-row',
        title: TITLE,
        message: formatProblem(problem),
        file: problem.file,
        line: problem.line,
        ...(problem.column === undefined ? {} : { column: problem.column }),
      },
    });
  }
  const report = source.report;
  for (const [findings, into, level] of [
    [report?.failures ?? [], errors, 'error'],
    [report?.warnings ?? [], warnings, 'warning'],
  ] as const) {
    for (const f of findings) {
      if (!f.file || !f.line) continue;
      into.push({
        rank: RULE_RANK[f.rule] ?? 5,
        item: {
          level,
          rule: f.rule,
          title: TITLE,
          message: `${f.rule}: ${f.message}`,
          file: f.file,
          line: f.line,
        },
      });
    }
  }
  const seen = new Set<string>();
  for (const standard of report?.standards ?? []) {
    for (const gap of standard.gaps) {
      if (!gap.file || !gap.line || seen.has(`${gap.file}:${gap.line}`)) continue;
      seen.add(`${gap.file}:${gap.line}`);
      warnings.push({
        rank: 10 + gapRank(gap),
        item: {
          level: 'warning',
          rule: 'gap',
          title: TITLE,
          message: `gap: ${gapMessage(gap, standard.label)}`,
          file: gap.file,
          line: gap.line,
        },
      });
    }
  }
  // Array.prototype.sort is stable, so equal ranks keep the order they were found in.
  const order = (list: { item: Annotation; rank: number }[]) =>
    list.sort((a, b) => a.rank - b.rank).map((entry) => entry.item);
  return { errors: order(errors), warnings: order(warnings) };
}
