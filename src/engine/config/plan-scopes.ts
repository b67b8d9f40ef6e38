import type { Severity } from '../decide/rule.js';
import { InputError, quote, type Problem } from '../errors.js';
import type { SourceRef } from '../model.js';
import { resolveFrom } from '../paths/workspace-path.js';
import { DEFAULT_THRESHOLD, type Settings } from '../settings.js';
import type { IsmsConfig, ScopeConfig } from './config-types.js';
import type { Period } from './periods.js';

/** What the command line (or the action's inputs) says; each given value overrides the config. */
export interface RunOverrides {
  scope?: string;
  controls?: string[];
  risks?: string;
  incidents?: string;
  auditFindings?: string;
  training?: string;
  standards?: string[];
  threshold?: number;
  domains?: string[];
  rules?: Record<string, Severity>;
  evidenceMaxAge?: number;
  /** Custom or OSCAL catalog files, workspace-relative. */
  catalogs?: string[];
  /** Further engine settings given on the command line or as action inputs (risk rules, `groupBy`). */
  settings?: Partial<Settings>;
  /** The date treated as today (YYYY-MM-DD); the adapter decides it, so reports are reproducible. */
  today: string;
}

/** A document readiness checks, its path resolved inside the workspace. */
export interface DocumentSpec {
  key: string;
  /** Workspace-relative path or glob. */
  path: string;
  /** As written in the config, for messages. */
  written: string;
  reviewPeriod?: Period;
  approval?: boolean;
  source: SourceRef;
}

/** The files of one scope, workspace-relative; `controls` may hold globs for the adapter to expand. */
export interface ScopeFiles {
  controls: string[];
  /** Custom or OSCAL catalog files. */
  catalogs: string[];
  risks?: string;
  incidents?: string;
  auditFindings?: string;
  training?: string;
}

/** One scope ready to run: its name (absent for a config without scopes), settings, files and documents. */
export interface ScopeSpec {
  name?: string;
  settings: Settings;
  files: ScopeFiles;
  documents: DocumentSpec[];
}

const FILE_KEYS = ['controls', 'risks', 'incidents', 'auditFindings', 'training'] as const;
const FLAG_NAMES: Record<(typeof FILE_KEYS)[number], string> = {
  controls: '--controls',
  risks: '--risks',
  incidents: '--incidents',
  auditFindings: '--audit-findings',
  training: '--training',
};

/**
 * Decides what one run evaluates: every scope of the config (or the one chosen with `--scope` or the
 * config's `scope`), each with the top-level settings as defaults, its own settings over them, and
 * the command line over both. Config paths are relative to the config file; command-line paths to
 * the workspace.
 */
export function planScopes(config: IsmsConfig | undefined, overrides: RunOverrides): ScopeSpec[] {
  const problems: Problem[] = [];
  const chosen = overrides.scope ?? config?.scope;
  const { scopes, ...top } = config ?? { source: { file: '', line: 1 } };
  let selected: { name?: string; config: ScopeConfig; line?: number }[] = [{ config: top }];
  if (scopes && scopes.length > 0) {
    const names = scopes.map((s) => s.name);
    if (chosen !== undefined && !names.includes(chosen)) {
      throw new InputError(
        `scope ${quote(chosen)} is not defined in ${config!.source.file}; defined scopes: ${names.join(', ')}`,
      );
    }
    selected = scopes
      .filter((s) => chosen === undefined || s.name === chosen)
      .map((s) => ({
        name: s.name,
        line: s.line,
        config: { ...top, ...s.config, rules: { ...top.rules, ...s.config.rules } },
      }));
  } else if (overrides.scope !== undefined) {
    throw new InputError(
      config
        ? `--scope ${quote(overrides.scope)} given, but ${config.source.file} defines no scopes`
        : `--scope ${quote(overrides.scope)} needs a config file with scopes (--config FILE)`,
    );
  }
  const fileOverrides = FILE_KEYS.filter((key) => overrides[key] !== undefined);
  if (selected.length > 1 && fileOverrides.length > 0) {
    throw new InputError(
      `${fileOverrides.map((k) => FLAG_NAMES[k]).join(', ')} cannot apply to ${selected.length} scopes at once; choose one with --scope (${selected.map((s) => s.name).join(', ')})`,
    );
  }
  const configFile = config?.source.file ?? '';
  const resolve = (from: string, path: string, what: string, line?: number): string | undefined => {
    const resolved = resolveFrom(from, path);
    if ('path' in resolved) return resolved.path;
    problems.push({ ...(from ? { file: from, line } : {}), message: `${what}: ${resolved.error}` });
    return undefined;
  };
  const specs = selected.map(({ name, config: scope, line }): ScopeSpec => {
    const where = name === undefined ? undefined : line;
    const file = (key: Exclude<(typeof FILE_KEYS)[number], 'controls'>): string | undefined => {
      const flag = overrides[key];
      if (flag !== undefined) return resolve('', flag, FLAG_NAMES[key]);
      const written = scope[key];
      return written === undefined ? undefined : resolve(configFile, written, key, where);
    };
    const controls =
      (overrides.controls ?? []).length > 0
        ? overrides.controls!.map((p) => resolve('', p, '--controls'))
        : (scope.controls ?? []).map((p) => resolve(configFile, p, 'controls', where));
    if (controls.length === 0) {
      problems.push({
        ...(config ? { file: configFile, line: where } : {}),
        message: name
          ? `scope ${name} names no controls file; add controls: to it or to the top of the config`
          : 'no controls file given: name one (--controls FILE, or the action input `controls`), or set controls: in .isms.yml',
      });
    }
    return {
      ...(name !== undefined ? { name } : {}),
      settings: settingsFor(scope, overrides),
      files: {
        controls: controls.filter((c): c is string => c !== undefined),
        catalogs: (overrides.catalogs !== undefined
          ? overrides.catalogs.map((p) => resolve('', p, '--catalog'))
          : (scope.catalogs ?? []).map((p) => resolve(configFile, p, 'catalogs', where))
        ).filter((c): c is string => c !== undefined),
        risks: file('risks'),
        incidents: file('incidents'),
        auditFindings: file('auditFindings'),
        training: file('training'),
      },
      documents: (scope.documents ?? []).flatMap((doc) => {
        const path = resolve(configFile, doc.path, `documents.${doc.key}`, doc.line);
        if (path === undefined) return [];
        return [
          {
            key: doc.key,
            path,
            written: doc.path,
            ...(doc.reviewPeriod ? { reviewPeriod: doc.reviewPeriod } : {}),
            ...(doc.approval !== undefined ? { approval: doc.approval } : {}),
            source: { file: configFile, line: doc.line },
          },
        ];
      }),
    };
  });
  if (problems.length > 0) throw new InputError(problems);
  return specs;
}

function settingsFor(scope: ScopeConfig, overrides: RunOverrides): Settings {
  return {
    standards: overrides.standards ?? scope.standards ?? ['iso27001'],
    threshold: overrides.threshold ?? scope.threshold ?? DEFAULT_THRESHOLD,
    domains: overrides.domains ?? scope.domains ?? [],
    today: overrides.today,
    rules: { ...scope.rules, ...overrides.rules },
    ...defined('evidenceMaxAge', overrides.evidenceMaxAge ?? scope.evidenceMaxAge),
    ...defined('incidentResponse', scope.incidentResponse),
    ...defined('holidays', scope.holidays),
    ...defined('trainingTarget', scope.trainingTarget),
    ...defined('groupBy', scope.groupBy),
    ...defined('treatmentDays', scope.treatmentDays),
    ...defined('riskAppetite', scope.riskAppetite),
    ...defined('allowAcceptCritical', scope.allowAcceptCritical),
    ...defined('acceptanceNoticeDays', scope.acceptanceNoticeDays),
    ...overrides.settings,
  };
}

function defined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
