import { parseBadgeThresholds, type BadgeThresholds } from '../../engine/badge/badge-spec.js';
import { COMMENT_MODES, type CommentMode } from '../../engine/delta/comment-status.js';
import { InputError, quote } from '../../engine/errors.js';
import { booleanInput, rawInput as raw, readAllInputs } from '../input-readers.js';
import { parsePeriodKind, type PeriodKind } from '../../engine/schedule/period.js';

/** The label gap-analysis issues carry unless `issue-label` says otherwise. */
export const DEFAULT_ISSUE_LABEL = 'isms-gap-analysis';

/** The inputs of the git-native features, parsed and checked once. */
export interface GitNativeInputs {
  /** Fail when compliance drops or a new Critical/High risk has no treatment (pull requests). */
  failOnRegression: boolean;
  /** When to write the pull request comment. */
  commentMode: CommentMode;
  /** Where to write the SARIF log, relative to the working directory. */
  sarif: string | undefined;
  /** The folder to write badges to, relative to the working directory. */
  badge: string | undefined;
  badgeThresholds: BadgeThresholds;
  /** The branch to commit the badge files to. */
  badgeBranch: string | undefined;
  /** Open or update the period's gap-analysis issue on scheduled runs. */
  issue: boolean;
  issuePeriod: PeriodKind;
  issueLabel: string;
  /** The JSON-lines history file scheduled runs append to, relative to the working directory. */
  history: string | undefined;
}

const bool = (name: string): boolean => booleanInput(name, false);

/** Branch names git refuses (`..`, spaces, a leading `-`, ...), checked before any API call. */
function branchName(name: string): string | undefined {
  const value = raw(name)?.trim();
  if (value === undefined) return undefined;
  if (!/^[A-Za-z0-9._/-]+$/.test(value) || /\.\.|\/\/|^[-/.]|[/.]$|\.lock$|@\{/.test(value)) {
    throw new InputError(`input \`${name}\` ${quote(value)} is not a valid branch name (e.g. badges)`);
  }
  return value;
}

const READERS: { [K in keyof GitNativeInputs]: () => GitNativeInputs[K] } = {
  failOnRegression: () => bool('fail-on-regression'),
  commentMode: () => {
    const value = (raw('comment-mode') ?? 'always').trim().toLowerCase();
    if (!(COMMENT_MODES as readonly string[]).includes(value)) {
      throw new InputError(
        `input \`comment-mode\` ${quote(raw('comment-mode'))} is not one of: ${COMMENT_MODES.join(', ')}`,
      );
    }
    return value as CommentMode;
  },
  sarif: () => raw('sarif'),
  badge: () => raw('badge'),
  badgeThresholds: () => parseBadgeThresholds(raw('badge-thresholds'), 'input `badge-thresholds`'),
  badgeBranch: () => branchName('badge-branch'),
  issue: () => bool('issue'),
  issuePeriod: () => parsePeriodKind(raw('issue-period'), 'input `issue-period`'),
  issueLabel: () => raw('issue-label')?.trim() ?? DEFAULT_ISSUE_LABEL,
  history: () => raw('history'),
};

/** Reads every git-native input; every bad value is reported together. */
export function readGitNativeInputs(): GitNativeInputs {
  return readAllInputs<GitNativeInputs>(READERS);
}
