import type { Problem } from '../errors.js';
import { evidenceProblems } from '../evidence/assess-evidence.js';
import type { ControlEntry, IncidentEntry } from '../model.js';
import { parseIncidents } from './parse-incidents.js';
import {
  parseAuditFindings,
  parseTraining,
  type AuditFinding,
  type TrainingRecord,
} from './parse-registers.js';
import { assessDocuments, type DocumentStatus } from '../readiness/assess-documents.js';
import type { GateInput } from '../pipeline.js';

/** The ISMS inputs beyond controls and risks, validated. */
export interface IsmsInputs {
  incidents?: IncidentEntry[];
  findings?: AuditFinding[];
  training?: TrainingRecord[];
  documents?: DocumentStatus[];
}

/**
 * Validates what the gate reads besides controls and risks, so every problem of every file is
 * reported in the same run: evidence paths that are absolute or leave the workspace, the incident
 * register, audit findings, training records, and the front matter of the ISMS documents.
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
  if (input.auditFindings) {
    const parsed = parseAuditFindings(input.auditFindings);
    problems.push(...parsed.problems);
    inputs.findings = parsed.entries;
  }
  if (input.training) {
    const parsed = parseTraining(input.training);
    problems.push(...parsed.problems);
    inputs.training = parsed.entries;
  }
  if (input.documents && input.documents.length > 0 && input.probe) {
    const assessed = assessDocuments(input.documents, input.probe, input.settings.today);
    problems.push(...assessed.problems);
    inputs.documents = assessed.documents;
  }
  return { inputs, problems };
}
