import { makeBadgeFiles } from '../../adapters/badge-files.js';
import type { Workspace } from '../../adapters/workspace.js';
import type { AnnotationSource } from '../../engine/annotations/collect.js';
import { renderOmitted } from '../../engine/annotations/select.js';
import { badgeSpecs } from '../../engine/badge/badge-spec.js';
import { commentMarkdown, commentPlan } from '../../engine/delta/comment-status.js';
import { errorMessage } from '../../engine/errors.js';
import { renderTrend } from '../../engine/history/render-trend.js';
import type { Report } from '../../engine/pipeline.js';
import { renderMarkdown } from '../../engine/render/markdown/index.js';
import { renderSarif } from '../../engine/render/sarif/render-sarif.js';
import { periodOf } from '../../engine/schedule/period.js';
import { emitAnnotations, type AnnotationSink } from './annotate.js';
import { commitBadges } from './badge-branch.js';
import type { ReadAtRef } from './base-files.js';
import type { GitNativeClient } from './client.js';
import { appendHistoryFile } from './history-file.js';
import type { GitNativeInputs } from './inputs.js';
import { upsertPeriodIssue } from './period-issue.js';
import { pullRequestDelta } from './pr-delta.js';

/** The events a scheduled gap analysis runs on. */
export const SCHEDULED_EVENTS: readonly string[] = ['schedule', 'workflow_dispatch'];

/** The pull request comment, as the sticky-comment code provides it. */
export interface CommentPort {
  /** The body of the action's existing comment on this pull request, if there is one. */
  existing(): Promise<string | undefined>;
  /** Creates or updates the action's comment. */
  write(markdown: string): Promise<void>;
}

/** Everything the git-native features need from the run. */
export interface GitNativeRun {
  inputs: GitNativeInputs;
  eventName: string;
  /** The base commit of the pull request, when the event is one. */
  baseSha?: string;
  /** The working directory. */
  files: Workspace;
  /** The working directory relative to the repository root (`''` or `isms/`). */
  prefix: string;
  /** The gate's file paths as shown in reports (relative to the working directory). */
  gate: { controls: string[]; risks?: string };
  /** Absent when no token was given: API features are skipped with a warning. */
  client?: GitNativeClient;
  /** The login the token writes as: only its issues are ever edited. */
  author: string;
  gitShow: ReadAtRef;
  sink: AnnotationSink;
  log: { info(message: string): void; warning(message: string): void };
  setOutput(name: string, value: string): void;
  writeFile(absolutePath: string, text: string): void;
  /** The pull request comment; absent when the event has no pull request. */
  comment?: CommentPort;
}

/** What the run ends with: the verdict after the regression gate, and the Markdown for summary and file. */
export interface GitNativeResult {
  passed: boolean;
  report?: Report;
  markdown: string;
}

/**
 * The git-native part of a run, between evaluating and concluding: the pull request delta and
 * regression gate, the history and trend on scheduled runs, the comment per `comment-mode`,
 * capped annotations, SARIF, badges (and their branch) and the period's gap-analysis issue.
 * `reportMarkdown` is the report (or the problems) the gate already rendered.
 */
export async function runGitNative(
  run: GitNativeRun,
  outcome: { report?: Report; problems?: AnnotationSource['problems']; reportMarkdown: string },
): Promise<GitNativeResult> {
  const { inputs, log } = run;
  let report = outcome.report;
  let delta: string | undefined;
  if (report && run.baseSha) {
    const result = await pullRequestDelta({
      report,
      baseSha: run.baseSha,
      controls: run.gate.controls,
      risks: run.gate.risks,
      prefix: run.prefix,
      client: run.client,
      gitShow: run.gitShow,
      failOnRegression: inputs.failOnRegression,
      log,
    });
    report = result.report;
    delta = result.markdown;
    run.setOutput('regressions', String(result.regressions.length));
  }
  const passed = report ? report.passed : false;
  const scheduled = SCHEDULED_EVENTS.includes(run.eventName);
  let trend: string | undefined;
  if (report && scheduled && inputs.history) {
    const entries = appendHistoryFile(
      run.files,
      inputs.history,
      report,
      periodOf(report.settings.today, inputs.issuePeriod),
    );
    trend = renderTrend(entries);
    run.setOutput('history', run.files.resolve(inputs.history));
  }

  // Re-rendered from the report after the regression gate, so the verdict line and the failures agree.
  const reportMarkdown = report ? renderMarkdown(report) : outcome.reportMarkdown;
  const plan = emitAnnotations({ report, problems: outcome.problems }, run.prefix, run.sink);
  const body = [delta, reportMarkdown.trimEnd(), trend, renderOmitted(plan)]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('\n\n');
  const markdown = `${body}\n`;

  if (run.comment)
    await comment(run.comment, inputs.commentMode, { passed, delta, report: reportMarkdown }, log);
  if (inputs.sarif) {
    const path = run.files.resolve(inputs.sarif, 'input `sarif`');
    run.writeFile(path, renderSarif({ report, problems: outcome.problems }));
    run.setOutput('sarif', path);
  }
  if (report && (inputs.badge || inputs.badgeBranch)) await badges(run, report);
  if (report && scheduled && inputs.issue) {
    if (!run.client) log.warning('No gap-analysis issue: the `github-token` input is empty.');
    else {
      const issue = await upsertPeriodIssue(run.client, {
        report,
        kind: inputs.issuePeriod,
        label: inputs.issueLabel,
        author: run.author,
        trend,
      });
      log.info(`Gap-analysis issue #${issue.number}: ${issue.action}.`);
      run.setOutput('issue-number', String(issue.number));
      run.setOutput('issue-url', issue.url);
    }
  }
  return { passed, report, markdown };
}

async function comment(
  port: CommentPort,
  mode: GitNativeInputs['commentMode'],
  content: { passed: boolean; delta?: string; report: string },
  log: GitNativeRun['log'],
): Promise<void> {
  const plan = commentPlan(mode, content.passed);
  if (plan === 'none') return;
  const previousBody = await port.existing();
  if (plan === 'update-existing' && previousBody === undefined) {
    log.info('No pull request comment: the gate passed and comment-mode is on-failure.');
    return;
  }
  await port.write(commentMarkdown({ ...content, previousBody }));
}

async function badges(run: GitNativeRun, report: Report): Promise<void> {
  const specs = badgeSpecs(report, run.inputs.badgeThresholds);
  const written: string[] = [];
  if (run.inputs.badge) {
    const dir = run.files.display(run.inputs.badge);
    for (const file of await makeBadgeFiles(specs, dir)) {
      const path = run.files.resolve(file.path, 'input `badge`');
      run.writeFile(path, file.text);
      written.push(path);
    }
    run.setOutput('badges', written.join('\n'));
  }
  if (!run.inputs.badgeBranch) return;
  if (!run.client) {
    run.log.warning('Badges not committed: the `github-token` input is empty.');
    return;
  }
  try {
    const outcome = await commitBadges(run.client, {
      branch: run.inputs.badgeBranch,
      files: await makeBadgeFiles(specs, ''),
      message: `Update compliance badges: ${specs.map((s) => `${s.label} ${s.message}`).join(', ')}`,
    });
    run.log.info(`Badge branch ${run.inputs.badgeBranch}: ${outcome.action}.`);
  } catch (error) {
    run.log.warning(
      `Could not commit the badges to ${run.inputs.badgeBranch} (${errorMessage(error)}); grant \`contents: write\`.`,
    );
  }
}
