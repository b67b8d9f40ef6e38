import type { GateInput } from '../engine/pipeline.js';
import type { Settings } from '../engine/settings.js';
import { InputError, type Problem } from '../engine/errors.js';
import type { SourceFile } from '../engine/load/source.js';
import type { Workspace } from './workspace.js';

/** The paths of the user's files, as given by action inputs or CLI flags. */
export interface GatePaths {
  controls: string[];
  risks?: string;
  /** Custom or OSCAL catalog files. */
  catalogs?: string[];
}

/** Reads every file the gate needs, reporting every unreadable one at once. */
export function readGateInput(workspace: Workspace, paths: GatePaths, settings: Settings): GateInput {
  const problems: Problem[] = [];
  const read = (path: string, what: string): SourceFile | undefined => {
    try {
      return workspace.read(path, what);
    } catch (error) {
      if (error instanceof InputError) problems.push(...error.problems);
      else throw error;
      return undefined;
    }
  };
  if (paths.controls.length === 0)
    problems.push({
      message: 'no controls file given: name one with --controls (CLI) or `controls` (action)',
    });
  const controls = paths.controls.map((path) => read(path, 'controls file'));
  const risks = paths.risks === undefined ? undefined : read(paths.risks, 'risk register');
  const catalogs = (paths.catalogs ?? []).map((path) => read(path, 'catalog file'));
  if (problems.length > 0) throw new InputError(problems);
  return { settings, controls: controls as SourceFile[], risks, catalogs: catalogs as SourceFile[] };
}
