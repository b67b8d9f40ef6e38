import { choosePeriodIssues, renderGapIssue } from '../../engine/schedule/gap-issue.js';
import { gapIssueTitle, periodOf, type PeriodKind } from '../../engine/schedule/period.js';
import type { Report } from '../../engine/pipeline.js';
import type { GitNativeClient } from './client.js';

/** What happened to the period's issue. */
export interface IssueOutcome {
  action: 'created' | 'updated' | 'unchanged';
  number: number;
  url: string;
  /** The earlier period's issue the new one links, if any. */
  previous?: number;
}

const same = (a: string, b: string) =>
  a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd();

/**
 * Creates this period's gap-analysis issue, or updates the one the action already wrote. Issues are
 * searched across every page of the label, matched by exact title, and only those written by the
 * action's own account (and carrying its marker) are ever edited, so a run never duplicates an issue
 * nor touches one a person wrote.
 */
export async function upsertPeriodIssue(
  client: Pick<GitNativeClient, 'listIssuesWithLabel' | 'createIssue' | 'updateIssue'>,
  options: { report: Report; kind: PeriodKind; label: string; author: string; trend?: string },
): Promise<IssueOutcome> {
  const period = periodOf(options.report.settings.today, options.kind);
  const ours = (await client.listIssuesWithLabel(options.label)).filter(
    (issue) => issue.author?.toLowerCase() === options.author.toLowerCase(),
  );
  const { current, previous } = choosePeriodIssues(ours, period);
  const body = renderGapIssue({ report: options.report, period, previous, trend: options.trend });
  const link = previous === undefined ? {} : { previous: previous.number };
  if (current) {
    const existing = ours.find((issue) => issue.number === current.number)!;
    if (same(existing.body, body))
      return { action: 'unchanged', number: existing.number, url: existing.url, ...link };
    const updated = await client.updateIssue(existing.number, { body });
    return { action: 'updated', number: updated.number, url: updated.url, ...link };
  }
  const created = await client.createIssue({ title: gapIssueTitle(period), body, labels: [options.label] });
  return { action: 'created', number: created.number, url: created.url, ...link };
}
