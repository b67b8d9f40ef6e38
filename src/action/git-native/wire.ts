import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gitShow } from '../../adapters/git-show.js';
import { InputError, type Problem } from '../../engine/errors.js';
import type { SourceFile } from '../../engine/load/source.js';
import { createGitHubClient, GitHubApiError, type GitHubClient } from '../github/client.js';
import { readInputs, type Inputs } from '../inputs.js';
import type { Locations, RunnerEnv } from '../locations.js';
import { commentOnPullRequest } from '../publish.js';
import { pullRequestOf, type RunContext } from '../pull-request.js';
import { isStickyComment } from '../sticky-comment.js';
import type { GateOutcome, GatePaths } from '../evaluate.js';
import { readGitNativeInputs, type GitNativeInputs } from './inputs.js';
import type { CommentPort, GateResult, GitNativeRun, Prepared } from './run.js';

/** Reads the gate's inputs and the git-native ones, every bad value of both reported together. */
export function readAllInputs(): { inputs: Inputs; native: GitNativeInputs } {
  const problems: Problem[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const item of error.problems) problems.push(item);
      return undefined;
    }
  };
  const inputs = attempt(readInputs);
  const native = attempt(readGitNativeInputs);
  if (problems.length > 0 || !inputs || !native) throw new InputError(problems);
  return { inputs, native };
}

function repoOf(context: RunContext) {
  const [owner, repo, ...rest] = (context.repository ?? '').split('/');
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}

function commentPort(
  inputs: Inputs,
  context: RunContext,
  client: GitHubClient | undefined,
): CommentPort | undefined {
  if (!inputs.comment) return undefined;
  const pr = pullRequestOf(context);
  return {
    async existing() {
      if (!pr || !client) return undefined;
      try {
        const comments = await client.listIssueComments(pr.number);
        return comments.find((c) => isStickyComment(c, inputs.commentAuthor, inputs.scope))?.body;
      } catch (error) {
        // A read-only token cannot see or write the comment; the write reports that as a warning.
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404))
          return undefined;
        throw error;
      }
    },
    async write(render) {
      await commentOnPullRequest(inputs, context, render, () => client!);
    },
  };
}

/** The custom catalogs for the baseline; one the gate could not read has already been reported. */
function readCatalogs(locations: Locations, paths: readonly string[]): SourceFile[] {
  try {
    return paths.map((path) => locations.files.read(path, 'catalog file'));
  } catch (error) {
    if (error instanceof InputError) return [];
    throw error;
  }
}

/** The git-native run from the action's inputs, the runner's variables and the event. */
export function gitNativeRun(
  inputs: Inputs,
  native: GitNativeInputs,
  locations: Locations,
  context: RunContext,
  env: RunnerEnv,
  paths: GatePaths = {
    controls: inputs.controls,
    ...(inputs.risks === undefined ? {} : { risks: inputs.risks }),
  },
): GitNativeRun {
  const repo = repoOf(context);
  const client =
    inputs.githubToken !== undefined && repo !== undefined
      ? createGitHubClient(inputs.githubToken, repo, { log: (message) => core.info(message) })
      : undefined;
  const base = context.payload.pull_request?.base?.sha;
  return {
    inputs: native,
    eventName: context.eventName,
    ...(typeof base === 'string' && pullRequestOf(context) ? { baseSha: base } : {}),
    files: locations.files,
    prefix: locations.prefix,
    gate: { ...paths, catalogs: readCatalogs(locations, inputs.catalogs) },
    ...(client ? { client } : {}),
    author: inputs.commentAuthor,
    gitShow: (path, sha) => gitShow(env.workspace, sha, path),
    sink: core,
    log: core,
    setOutput: (name, value) => core.setOutput(name, value),
    writeFile: (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
    ...(native.commentMode === 'off' ? {} : { comment: commentPort(inputs, context, client) }),
  };
}

/** The gate's outcome as the git-native step takes it. */
export function gateResult(outcome: GateOutcome): GateResult {
  return outcome.kind === 'report'
    ? { report: outcome.report, markdown: outcome.markdown }
    : { problems: outcome.problems, markdown: outcome.markdown };
}

/** The outcome to publish: the verdict after the regression gate, the Markdown with the delta and trend. */
export function finalOutcome(outcome: GateOutcome, prepared: Prepared): GateOutcome {
  if (outcome.kind === 'invalid') return { ...outcome, markdown: prepared.markdown };
  return {
    ...outcome,
    passed: prepared.passed,
    report: prepared.report ?? outcome.report,
    markdown: prepared.markdown,
  };
}
