import type { Report } from '../pipeline.js';
import { renderMarkdown } from '../render/markdown/index.js';
import { gapIssueTitle, type Period } from './period.js';

/** Hidden marker in every gap-analysis issue the action writes; with the author, it tells ours apart. */
export const GAP_ISSUE_MARKER = '<!-- isms-gate:gap-analysis -->';

/** An issue as the period search sees it. */
export interface IssueRef {
  number: number;
  title: string;
  body?: string | null;
}

const TITLE = /^ISMS gap analysis (\d{4}-(?:Q[1-4]|\d{2}))$/;

/**
 * The issue to update for this period (exact title) and the issue of the latest earlier period of
 * the same kind to link, among the issues the action wrote. The oldest wins if a title repeats, so a
 * race between two runs converges on one issue.
 */
export function choosePeriodIssues(
  ours: readonly IssueRef[],
  period: Period,
): { current?: IssueRef; previous?: IssueRef } {
  const title = gapIssueTitle(period);
  const marked = ours.filter((issue) => (issue.body ?? '').includes(GAP_ISSUE_MARKER));
  const current = marked.filter((issue) => issue.title === title).sort((a, b) => a.number - b.number)[0];
  const sameKind = period.kind === 'quarter' ? /Q/ : /^\d{4}-\d{2}$/;
  const previous = marked
    .map((issue) => ({ issue, id: TITLE.exec(issue.title)?.[1] }))
    .filter(({ id }) => id !== undefined && sameKind.test(id) && id < period.id)
    .sort((a, b) => b.id!.localeCompare(a.id!) || b.issue.number - a.issue.number)[0]?.issue;
  return { current, previous };
}

/** What the period's issue says: where it sits in the series, the trend, then the full gap report. */
export function renderGapIssue(options: {
  report: Report;
  period: Period;
  previous?: IssueRef;
  trend?: string;
}): string {
  const { report, period, previous, trend } = options;
  const header = [
    GAP_ISSUE_MARKER,
    `# ${gapIssueTitle(period)}`,
    '',
    `Gap analysis for ${period.id}, as of ${report.settings.today}. This issue is updated by every scheduled run in the period; the next period opens a new one.`,
  ];
  if (previous) header.push('', `Previous period: #${previous.number}`);
  const parts = [header.join('\n')];
  if (trend) parts.push(trend);
  parts.push(renderMarkdown(report, { gaps: true }).trimEnd());
  return `${parts.join('\n\n')}\n`;
}
