import { parseConfig } from '../engine/config/parse-config.js';
import type { IsmsConfig } from '../engine/config/config-types.js';
import { planScopes, type RunOverrides, type ScopeSpec } from '../engine/config/plan-scopes.js';
import { InputError, type Problem } from '../engine/errors.js';
import type { SourceFile } from '../engine/load/source.js';
import { isGlob } from '../engine/paths/glob.js';
import type { ScopeInput } from '../engine/run-scopes.js';
import { globFiles } from './glob-files.js';
import { workspaceProbe, type GitRunner } from './workspace-probe.js';
import type { Workspace } from './workspace.js';

/** The config files looked for in the workspace when none is named. */
export const DEFAULT_CONFIG_FILES = ['.isms.yml', '.isms.yaml'] as const;

/** Everything an adapter knows before the engine runs: flags or inputs, plus which config to read. */
export interface PlanOverrides extends RunOverrides {
  /** Config file path (relative to the workspace); default `.isms.yml` when present. */
  config?: string;
}

/** What one run evaluates: the config it read (if any) and each scope's input for the engine. */
export interface RunPlan {
  configFile?: string;
  scopes: ScopeInput[];
}

/**
 * Turns flags or action inputs into the engine's input for every scope: reads the config (named, or
 * `.isms.yml` in the workspace when present), merges it with the overrides, expands the controls
 * globs (sorted, so the order never depends on the file system), reads every file, and hands the
 * engine a probe of the workspace for evidence and documents. Every unreadable file, in every scope,
 * is reported in one InputError.
 *
 * The action calls it as `runScopes(loadRunPlan(new Workspace(dir), { ...inputs, today }).scopes)`.
 */
export function loadRunPlan(workspace: Workspace, overrides: PlanOverrides, git?: GitRunner): RunPlan {
  const configFile = findConfig(workspace, overrides);
  let config: IsmsConfig | undefined;
  if (configFile !== undefined) config = parseConfig(workspace.read(configFile, 'config file'));
  const specs = planScopes(config, overrides);
  const probe = workspaceProbe(workspace, git);
  const problems: Problem[] = [];
  const read = (path: string, what: string): SourceFile | undefined => {
    try {
      return workspace.read(path, what);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const scopes = specs.map((spec): ScopeInput => {
    const optional = (path: string | undefined, what: string) =>
      path === undefined ? undefined : read(path, what);
    const input = {
      settings: spec.settings,
      controls: expandControls(workspace, spec, problems).flatMap(
        (path) => read(path, 'controls file') ?? [],
      ),
      catalogs: spec.files.catalogs.flatMap((path) => read(path, 'catalog file') ?? []),
      risks: optional(spec.files.risks, 'risk register'),
      incidents: optional(spec.files.incidents, 'incident register'),
      auditFindings: optional(spec.files.auditFindings, 'audit findings register'),
      training: optional(spec.files.training, 'training records'),
      documents: spec.documents,
      probe,
    };
    return { ...(spec.name !== undefined ? { name: spec.name } : {}), input };
  });
  if (problems.length > 0) throw new InputError(problems);
  return { ...(configFile !== undefined ? { configFile: workspace.display(configFile) } : {}), scopes };
}

/** The config file a run reads: the one named, else `.isms.yml` (or `.isms.yaml`) when present. */
export function findConfig(
  workspace: Workspace,
  overrides: Pick<PlanOverrides, 'config'>,
): string | undefined {
  return overrides.config ?? DEFAULT_CONFIG_FILES.find((name) => workspace.exists(name));
}

function expandControls(workspace: Workspace, spec: ScopeSpec, problems: Problem[]): string[] {
  const out: string[] = [];
  for (const pattern of spec.files.controls) {
    if (!isGlob(pattern)) {
      out.push(pattern);
      continue;
    }
    const matches = globFiles(workspace.root, pattern);
    if (matches.length === 0) {
      problems.push({
        message: `controls pattern ${JSON.stringify(pattern)} matches no file in the workspace${spec.name ? ` (scope ${spec.name})` : ''}`,
      });
    }
    for (const match of matches) if (!out.includes(match)) out.push(match);
  }
  return out;
}
