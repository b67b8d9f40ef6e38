/**
 * Hidden status lines in the pull request comment, so the next run can tell a comment that showed a
 * failure from one that showed a pass, and say "passes again" rather than leave an old failure up.
 */
const STATUS = /<!-- isms-gate:status=(passed|failed) -->/;

/** The hidden line recording the verdict the comment shows. */
export function statusMarker(passed: boolean): string {
  return `<!-- isms-gate:status=${passed ? 'passed' : 'failed'} -->`;
}

/** The verdict an earlier comment recorded, if it recorded one. */
export function recordedStatus(body: string): 'passed' | 'failed' | undefined {
  return STATUS.exec(body)?.[1] as 'passed' | 'failed' | undefined;
}

/** The line that opens a comment whose gate passes after the comment last showed a failure. */
export const PASSES_AGAIN =
  '> ✅ **The gate passes again.** This comment showed a failure before; the change now meets every rule.';

/** How the action may comment: every run, only when the gate fails (then updated once it passes), never. */
export type CommentMode = 'always' | 'on-failure' | 'off';

/** The comment modes users may name. */
export const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-failure', 'off'];

/**
 * What to do with the comment: write it (create or update), only update an existing one, or nothing.
 * With `on-failure`, a passing run still updates a comment left by an earlier failure, so the pull
 * request never shows a failure that is fixed.
 */
export function commentPlan(mode: CommentMode, passed: boolean): 'write' | 'update-existing' | 'none' {
  if (mode === 'off') return 'none';
  if (mode === 'always' || !passed) return 'write';
  return 'update-existing';
}

/** The comment's Markdown: "passes again" when it does, the delta (on pull requests), the report, the status line. */
export function commentMarkdown(options: {
  passed: boolean;
  previousBody?: string;
  delta?: string;
  report: string;
}): string {
  const again =
    options.passed && options.previousBody !== undefined && recordedStatus(options.previousBody) === 'failed';
  // The status line goes last: the comment's first line stays the verdict or the delta.
  const parts: string[] = [];
  if (again) parts.push(PASSES_AGAIN, '');
  if (options.delta) parts.push(options.delta, '');
  parts.push(options.report.trimEnd(), '', statusMarker(options.passed));
  return `${parts.join('\n')}\n`;
}
