import { existsSync, statSync } from 'node:fs';
import { InputError } from '../engine/errors.js';
import type { Workspace } from './workspace.js';

/** Where a controls file conventionally sits, in the order they are tried. */
export const DEFAULT_CONTROLS_PATHS = ['controls.csv', 'controls.yaml', 'controls.yml', 'controls.json'];

/**
 * The conventional controls file of the workspace, for a run that names none (the seed's
 * `compliance --standard iso27001`). Never a guess at statuses: no file found is an error saying
 * how to give one.
 */
export function findDefaultControls(workspace: Workspace): string {
  const found = DEFAULT_CONTROLS_PATHS.find((path) => {
    const absolute = workspace.resolve(path);
    return existsSync(absolute) && statSync(absolute).isFile();
  });
  if (found === undefined) {
    throw new InputError(
      `no controls file given, and none of ${DEFAULT_CONTROLS_PATHS.join(', ')} is in ${workspace.root}: name one with --controls FILE (or --controls-file FILE)`,
    );
  }
  return found;
}
