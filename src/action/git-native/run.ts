import type { Workspace } from '../../adapters/workspace.js';
import type { AnnotationSource } from '../../engine/annotations/collect.js';
import { renderOmitted } from '../../engine/annotations/select.js';
import { commentMarkdown, commentPlan } from '../../engine/delta/comment-status.js';
import { renderTrend } from '../../engine/history/render-trend.js';
import type { SourceFile } from '../../engine/load/source.js';
import type { Report } from '../../engine/pipeline.js';
import { renderMarkdown } from '../../engine/render/markdown/index.js';
import { renderSarif } from '../../engine/render/sarif/render-sarif.js';
import { periodOf } from '../../engine/schedule/period.js';
import type { GitNativeClient } from '../github/git-native-client.js';
import { emitAnnotations, type AnnotationSink } from './annotate.js';
import { publishBadges } from './badges.js';
import type { ReadAtRef } from './base-files.js';
import { appendHistoryFile } from './history-file.js';
import type { GitNativeInputs } from './inputs.js';
import { publishPeriodIssue } from './period-issue.js';
import { pullRequestDelta } from './pr-delta.js';

/** The events a scheduled gap analysis runs on. */
export const SCHEDULED_EVENTS: readonly string[] = ['schedule', 'workflow_dispatch'];

/** The pull request comment, as the sticky-comment code provides it. */
export interface CommentPort {
  /** The body of the action's existing comment on this pull request, if there is one. */
  existing(): Promise<string | undefined>;
  /** Creates or updates the action's comment, its text made from the existing comment's body. */
  write(render: (previousBody: string | undefined) => string): Promise<void>;
}

/** Where the git-native features log. */
export interface RunLog {
  info(message: string): void;
  warning(message: string): void;
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
  /** The gate's file paths as given (relative to the working directory), and its custom catalogs. */
  gate: { controls: string[]; risks?: string; catalogs?: SourceFile[] };
  /** Absent when no token was given: API features are skipped with a warning. */
  client?: GitNativeClient;
  /** The login the token writes as: only its issues are ever edited. */
  author: string;
  gitShow: ReadAtRef;
  sink: AnnotationSink;
  log: RunLog;
  setOutput(name: string, value: string): void;
  writeFile(absolutePath: string, text: string): void;
  /** The pull request comment; absent when there is none to write (not a pull request, comment off). */
  comment?: CommentPort;
}

/** The gate's own outcome: a report, or the problems that kept it from making one, and its Markdown. */
export interface GateResult {
  report?: Report;
  problems?: AnnotationSource['problems'];
  markdown: string;
}

/** What the run concludes with: the verdict after the regression gate, and the Markdown to publish. */
export interface Prepared {
  passed: boolean;
  report?: Report;
  problems?: AnnotationSource['problems'];
  /** Summary and report file: delta first, the report, the trend, the note on omitted annotations. */
  markdown: string;
  /** The pull request comment: the delta first, then the report. */
  delta?: string;
  reportMarkdown: string;
  trend?: string;
}

/**
 * Before the verdict is published: the pull request delta and regression gate, the history and its
 * trend on scheduled runs, and the capped annotations.
 */
export async function prepareGitNative(run: GitNativeRun, gate: GateResult): Promise<Prepared> {
  const { inputs } = run;
  let report = gate.report;
  let delta: string | undefined;
  if (report && run.baseSha) {
    const result = await pullRequestDelta({
      report,
      baseSha: run.baseSha,
      controls: run.gate.controls.map((p) => run.files.display(p)),
      risks: run.gate.risks === undefined ? undefined : run.files.display(run.gate.risks),
      catalogs: run.gate.catalogs,
      prefix: run.prefix,
      client: run.client,
      gitShow: run.gitShow,
      failOnRegression: inputs.failOnRegression,
      log: run.log,
    });
    report = result.report;
    delta = result.markdown;
    run.setOutput('regressions', String(result.regressions.length));
  }
  let trend: string | undefined;
  if (report && SCHEDULED_EVENTS.includes(run.eventName) && inputs.history) {
    const period = periodOf(report.settings.today, inputs.issuePeriod);
    trend = renderTrend(appendHistoryFile(run.files, inputs.history, report, period));
    run.setOutput('history', run.files.resolve(inputs.history));
  }
  // Re-rendered after the regression gate, so the verdict line and the failures agree with it.
  const reportMarkdown = report && report !== gate.report ? renderMarkdown(report) : gate.markdown;
  const plan = emitAnnotations({ report, problems: gate.problems }, run.prefix, run.sink);
  const parts = [delta, reportMarkdown.trimEnd(), trend, renderOmitted(plan)];
  return {
    passed: report ? report.passed : false,
    report,
    problems: gate.problems,
    markdown: `${parts.filter((p): p is string => p !== undefined && p !== '').join('\n\n')}\n`,
    delta,
    reportMarkdown,
    trend,
  };
}

/**
 * After the verdict: SARIF, badges (and their branch), the period's gap-analysis issue, and last
 * the pull request comment per `comment-mode`. GitHub refusing one of these is a warning: the
 * verdict is already published and none of them can change it.
 */
export async function publishGitNative(run: GitNativeRun, prepared: Prepared): Promise<void> {
  const { inputs } = run;
  const { report } = prepared;
  if (inputs.sarif !== undefined) {
    const path = run.files.resolve(inputs.sarif, 'input `sarif`');
    run.writeFile(path, renderSarif({ report, problems: prepared.problems }));
    run.setOutput('sarif', path);
  }
  if (report && (inputs.badge || inputs.badgeBranch)) await publishBadges(run, report);
  if (report && SCHEDULED_EVENTS.includes(run.eventName) && inputs.issue) {
    await publishPeriodIssue(run, report, prepared.trend);
  }
  if (run.comment) await comment(run.comment, inputs.commentMode, prepared, run.log);
}

async function comment(
  port: CommentPort,
  mode: GitNativeInputs['commentMode'],
  prepared: Prepared,
  log: RunLog,
) {
  const plan = commentPlan(mode, prepared.passed);
  if (plan === 'none') return;
  // Only on-failure with a passing gate needs to look first: it updates a comment but never opens one.
  if (plan === 'update-existing' && (await port.existing()) === undefined) {
    log.info('No pull request comment: the gate passed and comment-mode is on-failure.');
    return;
  }
  await port.write((previousBody) =>
    commentMarkdown({
      passed: prepared.passed,
      previousBody,
      delta: prepared.delta,
      report: prepared.reportMarkdown,
    }),
  );
}
