import { assessEvidence } from '../evidence/assess-evidence.js';
import { evidencedCompliance } from '../evidence/evidenced-compliance.js';
import type { Evaluation } from '../evaluation.js';
import { iso27001 } from '../catalogs/iso27001.js';
import { buildSoa } from '../soa/build-soa.js';
import { checkIncidents } from './incidents/check-incidents.js';
import { computeMetrics } from './metrics.js';
import { assessReadiness } from '../readiness/checklists.js';
import type { ControlEntry } from '../model.js';
import type { GateInput } from '../pipeline.js';
import type { IsmsInputs } from '../validate/validate-isms-inputs.js';

// The controls file is read against the first standard; an SoA needs it read against Annex A.
const ANNEX_A = new Set(['iso27001', 'iso27002']);

/**
 * Evaluates the ISMS beyond the declared score: evidence in the repository (when a probe is given),
 * the Statement of Applicability, incident clocks, metrics and certification readiness.
 * Returns the parts to add to the evaluation; the declared figures are left as they are.
 */
export function evaluateIsms(
  input: GateInput,
  inputs: IsmsInputs,
  entries: readonly ControlEntry[],
  base: Evaluation,
): Partial<Evaluation> {
  const { settings, probe } = input;
  const out: Partial<Evaluation> = {};
  if (ANNEX_A.has((settings.standards[0] ?? '').toLowerCase().replace(/[\s_:-]+/g, ''))) {
    out.soa = buildSoa(iso27001, entries, base.risks?.items ?? []);
  }
  if (probe) {
    const assessment = assessEvidence(entries, probe, settings.today, settings.evidenceMaxAge);
    out.evidence = { ...assessment, compliance: evidencedCompliance(base.standards, assessment) };
  }
  if (inputs.incidents) {
    out.incidents = checkIncidents(
      inputs.incidents,
      settings.today,
      settings.incidentResponse,
      settings.holidays,
    );
  }
  if (inputs.incidents || inputs.findings || inputs.training) {
    out.metrics = computeMetrics(settings.today, {
      incidents: inputs.incidents,
      findings: inputs.findings,
      training: inputs.training,
      evidence: out.evidence,
    });
  }
  if (inputs.documents) {
    out.readiness = assessReadiness(inputs.documents, { ...base, ...out }, out.metrics ?? {}, settings);
  }
  return out;
}
