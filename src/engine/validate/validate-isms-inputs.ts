import type { Problem } from '../errors.js';
import { evidenceProblems } from '../evidence/assess-evidence.js';
import type { ControlEntry } from '../model.js';
import type { GateInput } from '../pipeline.js';

/** The ISMS inputs beyond controls and risks, validated. */
export type IsmsInputs = Record<string, never>;

/**
 * Validates what the gate reads besides controls and risks, so every problem of every file is
 * reported in the same run: evidence paths that are absolute or leave the workspace.
 */
export function validateIsmsInputs(
  _input: GateInput,
  entries: readonly ControlEntry[],
): { inputs: IsmsInputs; problems: Problem[] } {
  const problems: Problem[] = [...evidenceProblems(entries)];
  return { inputs: {}, problems };
}
