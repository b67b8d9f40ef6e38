import type { Workspace } from '../adapters/workspace.js';
import type { CliIO } from './io.js';

/** A command's `--output FILE`: the absolute path to write and the path as messages show it. */
export interface OutputTarget {
  path: string;
  shown: string;
}

/**
 * Resolves `--output` inside the workspace, or undefined when the flag is absent; commands call it
 * before doing their work so a path outside the workspace fails before anything is read.
 */
export function outputTarget(workspace: Workspace, output: string | undefined): OutputTarget | undefined {
  if (output === undefined) return undefined;
  return { path: workspace.resolve(output, '--output'), shown: workspace.display(output) };
}

/**
 * Writes `text` to the `--output` file and prints the line `written` makes of its shown path, or,
 * with no `--output`, prints the text itself on standard output.
 */
export function writeOutput(
  io: CliIO,
  target: OutputTarget | undefined,
  text: string,
  written: (shown: string) => string,
): void {
  if (target === undefined) {
    io.stdout(text);
    return;
  }
  io.writeFile(target.path, text);
  io.stdout(written(target.shown));
}
