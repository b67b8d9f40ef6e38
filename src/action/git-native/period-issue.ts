import { choosePeriodIssues, renderGapIssue } from '../../engine/schedule/gap-issue.js';
import { gapIssueTitle, periodOf, type PeriodKind } from '../../engine/schedule/period.js';
import { errorMessage } from '../../engine/errors.js';
import type { Report } from '../../engine/pipeline.js';
import type { GitNativeRun } from './run.js';
import type { GitNativeClient } from '../github/git-native-client.js';
import { permissionHint } from './permission-hint.js';

/** What happened to the period's issue. */
export interface IssueOutcome {
  action: 'created' | 'updated' | 'unchanged';
  number: number;
  url: string;
  /** The earlier period's issue the new one links, if any. */
  previous?: number;
  /** False when GitHub dropped the label, so later runs could not find the issue again. */
  labelled: boolean;
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
  const link = { labelled: true, ...(previous === undefined ? {} : { previous: previous.number }) };
  if (current) {
    const existing = ours.find((issue) => issue.number === current.number)!;
    if (same(existing.body, body))
      return { action: 'unchanged', number: existing.number, url: existing.url, ...link };
    const updated = await client.updateIssue(existing.number, { body });
    return { action: 'updated', number: updated.number, url: updated.url, ...link };
  }
  const created = await client.createIssue({ title: gapIssueTitle(period), body, labels: [options.label] });
  return {
    action: 'created',
    number: created.number,
    url: created.url,
    ...link,
    labelled: created.labels.includes(options.label),
  };
}

/**
 * The scheduled run's issue step: upserts the period's issue and sets `issue-number` and
 * `issue-url`; a refusal is a warning naming the permission, since the report is already published.
 */
export async function publishPeriodIssue(run: GitNativeRun, report: Report, trend?: string): Promise<void> {
  if (!run.client) {
    run.log.warning('No gap-analysis issue: the `github-token` input is empty.');
    return;
  }
  try {
    const issue = await upsertPeriodIssue(run.client, {
      report,
      kind: run.inputs.issuePeriod,
      label: run.inputs.issueLabel,
      author: run.author,
      trend,
    });
    run.log.info(`Gap-analysis issue #${issue.number}: ${issue.action}.`);
    if (!issue.labelled) {
      run.log.warning(
        `GitHub dropped the label ${JSON.stringify(run.inputs.issueLabel)} from issue #${issue.number}, so the next run cannot find it and would open another; give the token \`issues: write\` and \`contents: read\`, or create the label first.`,
      );
    }
    run.setOutput('issue-number', String(issue.number));
    run.setOutput('issue-url', issue.url);
  } catch (error) {
    run.log.warning(
      `Could not write the gap-analysis issue (${errorMessage(error)})${permissionHint(error, 'issues: write')}`,
    );
  }
}
