import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorMessage } from '../engine/errors.js';
import { fitToSize, SUMMARY_LIMIT_BYTES } from '../engine/render/fit-size.js';
import { countCriticalUntreated, type GateOutcome } from './evaluate.js';
import { createGitHubClient, type GitHubClient, type RepoRef } from './github/client.js';
import type { Inputs } from './inputs.js';
import { PULL_REQUEST_EVENTS, pullRequestOf, type RunContext } from './pull-request.js';
import { upsertStickyComment, type CommentOutcome, type StickyComment } from './sticky-comment.js';

const SUMMARY_POINTER =
  'The report is larger than the 1 MiB a job summary may hold; the full report is in the file named by the `report` output.';

/**
 * Appends the report to the job summary, cut at a section boundary to GitHub's 1 MiB limit. A summary that cannot be written is a warning, not a verdict:
 * the gate's result, the report file and the comment still stand.
 */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set; no job summary written.');
    return;
  }
  try {
    await core.summary
      .addRaw(fitToSize(markdown, { limit: SUMMARY_LIMIT_BYTES, unit: 'bytes', pointer: SUMMARY_POINTER }))
      .write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`);
  }
}

/** Writes the Markdown report where later steps (an upload, a release) can pick it up. */
export function writeReportFile(path: string, markdown: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, markdown);
}

/** The step's outputs. `compliance` and `critical-untreated` exist only when the gate evaluated. */
export function setOutputs(outcome: GateOutcome, reportPath: string): void {
  core.setOutput('passed', String(outcome.passed));
  core.setOutput('report', reportPath);
  if (outcome.kind !== 'report') return;
  const first = outcome.report.standards[0];
  if (first) core.setOutput('compliance', String(first.percentage));
  core.setOutput('critical-untreated', String(countCriticalUntreated(outcome.report)));
}

/** Builds the client; a seam so tests can hand in a fake. */
export type ClientFactory = (token: string, repo: RepoRef) => GitHubClient;

const defaultFactory: ClientFactory = (token, repo) =>
  createGitHubClient(token, repo, { log: (message) => core.info(message) });

/**
 * The sticky pull request comment, when the event is a pull request and `comment` is on. Returns
 * undefined when no comment was attempted.
 */
export async function commentOnPullRequest(
  inputs: Pick<Inputs, 'comment' | 'commentAuthor' | 'githubToken'> & Partial<Pick<Inputs, 'scope'>>,
  context: RunContext,
  markdown: StickyComment['markdown'],
  factory: ClientFactory = defaultFactory,
): Promise<CommentOutcome | undefined> {
  if (!inputs.comment) return undefined;
  const pr = pullRequestOf(context);
  if (pr === undefined && PULL_REQUEST_EVENTS.includes(context.eventName)) {
    core.warning(
      'No pull request comment: the event payload or GITHUB_REPOSITORY does not name the pull request.',
    );
    return undefined;
  }
  if (pr === undefined) {
    core.info(`No pull request comment: the event is ${context.eventName || 'unknown'}, not a pull request.`);
    return undefined;
  }
  if (inputs.githubToken === undefined) {
    core.warning('No pull request comment: the `github-token` input is empty.');
    return undefined;
  }
  const client = factory(inputs.githubToken, pr.repo);
  const comment = { issue: pr.number, markdown, author: inputs.commentAuthor, key: inputs.scope };
  return upsertStickyComment(client, comment, core);
}
