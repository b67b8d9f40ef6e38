import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { gitNativeMethods, type GitNativeClient } from './git-native-client.js';

/** A repository on GitHub (or GitHub Enterprise Server). */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** An issue or pull request comment, as much of it as the action reads. */
export interface IssueComment {
  id: number;
  body: string;
  /** The author's login; undefined for a deleted ("ghost") account. */
  author: string | undefined;
}

/** The pull request comment calls. */
export interface CommentClient {
  /** Every comment of an issue or pull request, oldest first, across all pages. */
  listIssueComments(issue: number): Promise<IssueComment[]>;
  /** Posts a new comment. */
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  /** Replaces the body of an existing comment. */
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
}

/**
 * The GitHub calls the action makes, and nothing more, so tests can hand in a fake and the engine
 * never sees Octokit. Bound to one repository. Add methods here as new features need them.
 */
export interface GitHubClient extends CommentClient, GitNativeClient {}

/**
 * A failed API call, with the HTTP status kept so callers can tell "not allowed" (403) from an outage.
 * The message names the call and GitHub's reason, never the request's headers.
 */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

/** Tuning for the factory; the defaults are what runs on a runner. */
export interface ClientOptions {
  /** Overrides GITHUB_API_URL (which getOctokit already honours). */
  baseUrl?: string;
  /** Milliseconds the retry and throttling back-off is multiplied by (default 1000). */
  retryAfterBaseMs?: number;
  /** Where rate-limit notices go. */
  log?: (message: string) => void;
}

const MAX_RATE_LIMIT_RETRIES = 3;

/**
 * The one place Octokit is built: getOctokit (proxy settings, GITHUB_API_URL for GHES) with retries on
 * server errors and back-off on primary and secondary rate limits.
 */
export function createGitHubClient(token: string, repo: RepoRef, options: ClientOptions = {}): GitHubClient {
  const log = options.log ?? (() => undefined);
  const backOff =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      log(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying after ${retryAfter}s`);
      return retryCount < MAX_RATE_LIMIT_RETRIES;
    };
  const octokit = github.getOctokit(
    token,
    {
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      retry: { retryAfterBaseValue: options.retryAfterBaseMs ?? 1000 },
      throttle: {
        retryAfterBaseValue: options.retryAfterBaseMs ?? 1000,
        onRateLimit: backOff('primary'),
        onSecondaryRateLimit: backOff('secondary'),
      },
    },
    retry,
    throttling,
  );
  return octokitClient(octokit, repo);
}

type Octokit = ReturnType<typeof github.getOctokit>;

interface RawComment {
  id: number;
  body?: string;
  user: { login: string } | null;
}

function toComment(raw: RawComment): IssueComment {
  return { id: raw.id, body: raw.body ?? '', author: raw.user?.login };
}

async function call<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (typeof status !== 'number') throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new GitHubApiError(status, `${what} failed with HTTP ${status}: ${reason}`);
  }
}

function octokitClient(octokit: Octokit, repo: RepoRef): GitHubClient {
  return {
    listIssueComments: (issue) =>
      call(`listing the comments of #${issue}`, async () =>
        (
          await octokit.paginate(octokit.rest.issues.listComments, {
            ...repo,
            issue_number: issue,
            per_page: 100,
          })
        ).map(toComment),
      ),
    createIssueComment: (issue, body) =>
      call(`commenting on #${issue}`, async () =>
        toComment((await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body })).data),
      ),
    updateIssueComment: (commentId, body) =>
      call(`updating comment ${commentId}`, async () =>
        toComment((await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body })).data),
      ),
    ...gitNativeMethods(octokit, repo, call),
  };
}
