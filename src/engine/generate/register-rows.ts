import { levelName } from '../evaluate/risk-level.js';
import type { Assessment, ProposedRisk } from './assess.js';
import { TYPE_LABEL } from './vocabulary.js';

/** The register's columns, flat, in the order every format writes them; names the risk parser reads. */
export const REGISTER_COLUMNS = [
  'id',
  'asset',
  'threat',
  'vulnerability',
  'likelihood',
  'impact',
  'score',
  'level',
  'treatment',
  'treatment_plan',
  'controls',
  'owner',
  'timeline',
  'identified',
  'due',
  'status',
  'recommendation',
  'description',
  'other_vulnerabilities',
] as const;

type Column = (typeof REGISTER_COLUMNS)[number];

/** A proposed risk as a record keyed by column; lists stay lists, absent values stay undefined. */
export function registerRecord(
  risk: ProposedRisk,
): Record<Column, string | number | readonly string[] | undefined> {
  return {
    id: risk.id,
    asset: risk.asset,
    threat: risk.threat,
    vulnerability: risk.vulnerability,
    likelihood: risk.likelihood,
    impact: risk.impact,
    score: risk.score,
    level: levelName(risk.level),
    treatment: risk.treatment === undefined ? undefined : 'Mitigate',
    treatment_plan: risk.treatmentPlan,
    controls: risk.controls,
    owner: risk.owner,
    timeline: risk.timeline,
    identified: risk.identified,
    due: risk.due,
    status: 'Open',
    recommendation: risk.recommendation,
    description: risk.description,
    other_vulnerabilities: risk.otherVulnerabilities,
  };
}

/** The asset inventory as records, for the structured formats. */
export function assetRecords(assessment: Assessment): Record<string, string | number | undefined>[] {
  return assessment.assets.map((asset) => ({
    id: asset.id,
    name: asset.name,
    type: TYPE_LABEL[asset.type],
    owner: asset.owner,
    classification: asset.classification,
    impact: asset.impact,
    location: asset.location,
    value: asset.value,
  }));
}

/** What the scores mean, stated in every format so a register explains itself. */
export const METHOD =
  'Risk = likelihood x impact (1-5 each). Levels: Critical 20-25, High 15-19, Medium 10-14, Low 5-9, Minimal 1-4. Impact is the lower of the asset classification impact and the threat maximum. Residual risk is evaluated by isms-gate check from the linked controls.';
