import type { Workspace } from '../adapters/workspace.js';
import { InputError, type Problem } from '../engine/errors.js';
import type { GitNativeInputs } from './git-native/inputs.js';

/**
 * Checks that the files the action will write (`sarif`, `badge`, `history`) stay inside the working
 * directory before anything is read, so a bad path fails the step at once, together with the other
 * bad paths, instead of after the gate has already written a passing summary.
 */
export function checkOutputPaths(
  native: Pick<GitNativeInputs, 'sarif' | 'badge' | 'history'>,
  files: Workspace,
): void {
  const problems: Problem[] = [];
  for (const [name, path] of [
    ['sarif', native.sarif],
    ['badge', native.badge],
    ['history', native.history],
  ] as const) {
    if (path === undefined || path === '') continue;
    try {
      files.resolve(path, `input \`${name}\``);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const problem of error.problems) problems.push(problem);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}
