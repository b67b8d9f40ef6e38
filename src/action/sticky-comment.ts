import { fitToSize } from '../engine/render/fit-size.js';
import { GitHubApiError, type CommentClient, type IssueComment } from './github/client.js';

/**
 * The hidden first line of the sticky comment. Never change it: comments written by earlier versions
 * would stop being found and every pull request would get a second one.
 */
export const COMMENT_MARKER = '<!-- isms-gate:comment -->';

/**
 * The marker of a scope's own comment: a job per scope (a matrix over `scope`) keeps one comment each
 * on the same pull request. The name is reduced to characters that cannot end the HTML comment.
 */
export function commentMarker(key?: string): string {
  if (key === undefined || key === '') return COMMENT_MARKER;
  return `<!-- isms-gate:comment:${key.replace(/[^A-Za-z0-9._-]+/g, '-')} -->`;
}

/** GitHub refuses comment bodies longer than this many characters. */
export const MAX_COMMENT_CHARS = 65536;

/** What the action needs to say and where. */
export interface StickyComment {
  issue: number;
  /** The report, Markdown; or made from the existing comment's body (undefined when there is none). */
  markdown: string | ((previousBody: string | undefined) => string);
  /** Login of the account the token writes as; only its comments are ever edited. */
  author: string;
  /** The scope this job evaluates, when it is one of several: each scope keeps a comment of its own. */
  key?: string;
}

/** What happened to the comment, for the log and for tests. */
export type CommentOutcome =
  { action: 'created' | 'updated' | 'unchanged'; id: number } | { action: 'skipped'; reason: string };

/** Where the sticky comment reports what it did. */
export interface CommentLogger {
  info(message: string): void;
  warning(message: string): void;
}

/** The comment body: the marker, then the report, cut at a section boundary to GitHub's limit with a pointer to the summary. */
export function commentBody(markdown: string, key?: string): string {
  const pointer = 'The report is too long for a comment; the full report is in the job summary.';
  const marker = commentMarker(key);
  const limit = MAX_COMMENT_CHARS - marker.length - 1;
  return `${marker}\n${fitToSize(markdown, { limit, unit: 'chars', pointer })}`;
}

/**
 * Whether a comment is the action's own sticky comment: it must start with the marker AND be written
 * by the action's account. The marker alone is not enough, because anyone can type it into a comment
 * of their own, and editing that would overwrite (or fail on) a stranger's words.
 */
export function isStickyComment(comment: IssueComment, author: string, key?: string): boolean {
  return (
    comment.body.startsWith(commentMarker(key)) && comment.author?.toLowerCase() === author.toLowerCase()
  );
}

/** GitHub may hand back CRLF line ends or drop a trailing newline; neither is a change worth a write. */
function sameText(a: string, b: string): boolean {
  const normal = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
  return normal(a) === normal(b);
}

/** The refusals that cost only the comment, never the verdict, and what each most likely means. */
const FORGIVEN: Readonly<Record<number, string>> = {
  403: 'The token may be read-only, as it is on pull requests from forks; grant `pull-requests: write` to comment.',
  404: 'The pull request or the comment may have been deleted.',
  422: 'GitHub refused the comment as invalid (a locked conversation, or a body it will not take).',
};

/**
 * Creates the sticky comment, or updates the action's existing one in place (searched across every
 * page of comments), or leaves it alone when the text is unchanged. A 403 (a read-only token, as on
 * pull requests from forks), 404 or 422 becomes a warning: the comment is a courtesy, the gate's verdict
 * does not depend on it. Any other failure is thrown.
 */
export async function upsertStickyComment(
  client: CommentClient,
  comment: StickyComment,
  log: CommentLogger,
): Promise<CommentOutcome> {
  try {
    const existing = (await client.listIssueComments(comment.issue)).find((c) =>
      isStickyComment(c, comment.author, comment.key),
    );
    const markdown =
      typeof comment.markdown === 'string' ? comment.markdown : comment.markdown(existing?.body);
    const body = commentBody(markdown, comment.key);
    if (existing && sameText(existing.body, body)) {
      log.info(`Pull request comment ${existing.id} is up to date.`);
      return { action: 'unchanged', id: existing.id };
    }
    if (existing) {
      const updated = await client.updateIssueComment(existing.id, body);
      log.info(`Updated pull request comment ${updated.id}.`);
      return { action: 'updated', id: updated.id };
    }
    const created = await client.createIssueComment(comment.issue, body);
    log.info(`Created pull request comment ${created.id}.`);
    return { action: 'created', id: created.id };
  } catch (error) {
    const why = error instanceof GitHubApiError ? FORGIVEN[error.status] : undefined;
    if (why === undefined) throw error;
    const reason =
      `Could not write the pull request comment (${(error as Error).message}). ${why} ` +
      'The gate result is unaffected; the report is in the job summary.';
    log.warning(reason);
    return { action: 'skipped', reason };
  }
}
