import { assessEvidence } from '../evidence/assess-evidence.js';
import { evidencedCompliance } from '../evidence/evidenced-compliance.js';
import type { Evaluation } from '../evaluation.js';
import type { ControlEntry } from '../model.js';
import type { GateInput } from '../pipeline.js';
import type { IsmsInputs } from '../validate/validate-isms-inputs.js';

/**
 * Evaluates the ISMS beyond the declared score: evidence in the repository (when a probe is given).
 * Returns the parts to add to the evaluation; the declared figures are left as they are.
 */
export function evaluateIsms(
  input: GateInput,
  _inputs: IsmsInputs,
  entries: readonly ControlEntry[],
  base: Evaluation,
): Partial<Evaluation> {
  const { settings, probe } = input;
  const out: Partial<Evaluation> = {};
  if (probe) {
    const assessment = assessEvidence(entries, probe, settings.today, settings.evidenceMaxAge);
    out.evidence = { ...assessment, compliance: evidencedCompliance(base.standards, assessment) };
  }
  return out;
}
