import type { RepoRef } from './github/client.js';

/** The parts of the workflow run the action reads (github.context has them; tests build their own). */
export interface RunContext {
  eventName: string;
  payload: { pull_request?: { number?: unknown; base?: { sha?: unknown } } };
  /** `owner/name` from GITHUB_REPOSITORY; undefined when the runner did not set it. */
  repository: string | undefined;
}

/** The events whose payload names a pull request the comment belongs on. */
export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

/** The pull request this run is for, or undefined when the event is not about one (push, schedule...). */
export function pullRequestOf(context: RunContext): { repo: RepoRef; number: number } | undefined {
  if (!PULL_REQUEST_EVENTS.includes(context.eventName)) return undefined;
  const number = context.payload.pull_request?.number;
  const [owner, repo, ...rest] = (context.repository ?? '').split('/');
  if (typeof number !== 'number' || !owner || !repo || rest.length > 0) return undefined;
  return { repo: { owner, repo }, number };
}
