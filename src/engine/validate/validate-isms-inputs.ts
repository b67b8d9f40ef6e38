import type { Problem } from '../errors.js';
import { evidenceProblems } from '../evidence/assess-evidence.js';
import type { ControlEntry, IncidentEntry } from '../model.js';
import { parseIncidents } from './parse-incidents.js';
import type { GateInput } from '../pipeline.js';

/** The ISMS inputs beyond controls and risks, validated. */
export interface IsmsInputs {
  incidents?: IncidentEntry[];
}

/**
 * Validates what the gate reads besides controls and risks, so every problem of every file is
 * reported in the same run: evidence paths that are absolute or leave the workspace, the incident
 * register.
 */
export function validateIsmsInputs(
  input: GateInput,
  entries: readonly ControlEntry[],
): { inputs: IsmsInputs; problems: Problem[] } {
  const problems: Problem[] = [...evidenceProblems(entries)];
  const inputs: IsmsInputs = {};
  if (input.incidents) {
    const parsed = parseIncidents(input.incidents);
    problems.push(...parsed.problems);
    inputs.incidents = parsed.entries;
  }
  return { inputs, problems };
}
