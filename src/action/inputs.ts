import type { Severity } from '../engine/decide/rule.js';
import { InputError } from '../engine/errors.js';
import { parseDays, riskSettings } from '../engine/risk-settings-values.js';
import type { Settings } from '../engine/settings.js';
import { parseList, parseRuleSeverities, parseThreshold, parseToday } from '../engine/settings-values.js';
import { booleanInput, rawInput as raw, readAllInputs } from './input-readers.js';

/** The login GITHUB_TOKEN writes comments as; the sticky comment is only ever looked for among its comments. */
export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';

/** Every action input, parsed and checked: the rest of the action never calls `core.getInput`. */
export interface Inputs {
  /** Controls files or globs, relative to the working directory; empty when the config names them. */
  controls: string[];
  /** The `.isms.yml` config; undefined means `.isms.yml` in the working directory when present. */
  config: string | undefined;
  /** The one scope of the config this job evaluates (a matrix job per scope). */
  scope: string | undefined;
  /** Incident register, audit findings and training records. */
  incidents: string | undefined;
  auditFindings: string | undefined;
  training: string | undefined;
  /** Days before evidence counts as stale; undefined keeps the config's or the default (365). */
  evidenceMaxAge: number | undefined;
  /** The risk register, if any. */
  risks: string | undefined;
  /** Catalog ids to evaluate (input `standard`); undefined keeps the config's, else iso27001. */
  standards: string[] | undefined;
  /** Minimum compliance percentage, 0-100; undefined keeps the config's, else 80. */
  threshold: number | undefined;
  /** Domains to restrict the evaluation to; empty for all. */
  domains: string[];
  /** ISO 27002 attribute type to report per-value figures for; undefined for none. */
  groupBy: string | undefined;
  /** Custom or OSCAL catalog files, relative to the working directory. */
  catalogs: string[];
  /** Rule severity overrides. */
  rules: Record<string, Severity>;
  /** Risk treatment settings: deadlines by level, appetite, acceptance of Critical risks, notice days. */
  risk: Partial<Settings>;
  /** The date deadlines are evaluated against; undefined means the day of the run. */
  today: string | undefined;
  /** Whether to create or update the sticky pull request comment. */
  comment: boolean;
  /** The login whose comments may be edited as the sticky comment. */
  commentAuthor: string;
  /** The token for GitHub's API; undefined when none was given. Never printed. */
  githubToken: string | undefined;
  /** The folder user files are read from, relative to the workspace. */
  workingDirectory: string;
  /** Where to write the Markdown report; undefined means the default location. */
  reportPath: string | undefined;
}

/**
 * One reader per input. A `Record` over the keys of `Inputs`, so an input added to the type but not
 * read here is a compile error rather than a silently ignored setting.
 */
const READERS: { [K in keyof Inputs]: () => Inputs[K] } = {
  controls: () => parseList(raw('controls')),
  config: () => raw('config'),
  scope: () => raw('scope'),
  incidents: () => raw('incidents'),
  auditFindings: () => raw('audit-findings'),
  training: () => raw('training'),
  evidenceMaxAge: () => {
    const value = raw('evidence-max-age');
    return value === undefined ? undefined : parseDays(value, 'input `evidence-max-age`');
  },
  risks: () => raw('risks'),
  standards: () => {
    const value = raw('standard');
    if (value === undefined) return undefined;
    const list = parseList(value);
    if (list.length === 0) throw new InputError('input `standard` is empty; name at least one standard');
    return list;
  },
  threshold: () => {
    const value = raw('threshold');
    return value === undefined ? undefined : parseThreshold(value, 'input `threshold`');
  },
  domains: () => parseList(raw('domains')),
  groupBy: () => raw('group-by'),
  catalogs: () => parseList(raw('catalog')),
  rules: () => parseRuleSeverities(raw('rules'), 'input `rules`'),
  risk: () =>
    riskSettings(
      {
        'treatment-days': raw('treatment-days'),
        'risk-appetite': raw('risk-appetite'),
        'allow-accept-critical': booleanInput('allow-accept-critical', false),
        'acceptance-notice-days': raw('acceptance-notice-days'),
      },
      (name) => `input \`${name}\``,
    ),
  today: () => {
    const value = raw('today');
    return value === undefined ? undefined : parseToday(value, 'input `today`');
  },
  comment: () => booleanInput('comment', true),
  commentAuthor: () => raw('comment-author') ?? DEFAULT_COMMENT_AUTHOR,
  githubToken: () => raw('github-token'),
  workingDirectory: () => raw('working-directory') ?? '.',
  reportPath: () => raw('report-path'),
};

/** Reads every input once; every bad value is reported together, as one InputError. */
export function readInputs(): Inputs {
  return readAllInputs<Inputs>(READERS);
}
