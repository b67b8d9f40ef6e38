import { addDays } from '../dates.js';
import { DEFAULT_TREATMENT_DAYS } from '../evaluate/review-risks.js';
import { riskLevel } from '../evaluate/risk-level.js';
import type { RiskLevel } from '../model.js';
import type { Settings } from '../settings.js';
import type { Asset } from './parse-assets.js';
import type { Template } from './templates/types.js';
import { classificationImpact } from './vocabulary.js';

/** One risk the generator proposes: a threat applied to an asset, scored, with its recommended treatment. */
export interface ProposedRisk {
  id: string;
  asset: string;
  threat: string;
  vulnerability: string;
  /** The threat's other typical vulnerabilities. */
  otherVulnerabilities: readonly string[];
  description: string;
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  /** `mitigate` for Critical, High and Medium; empty for Low and Minimal (the owner accepts or monitors). */
  treatment?: 'mitigate';
  treatmentPlan: string;
  recommendation: string;
  controls: readonly string[];
  owner: string;
  /** `30 days`; empty when the level has no deadline. */
  timeline?: string;
  identified: string;
  due?: string;
  status: 'open';
}

/** A generated assessment: scope, template, assets and the proposed register. */
export interface Assessment {
  scope: string;
  template: Template;
  assessed: string;
  assets: readonly Asset[];
  risks: readonly ProposedRisk[];
  /** The deadlines used, by level. */
  treatmentDays: Record<'critical' | 'high' | 'medium', number>;
}

/** The seed's treatment guidance per level, with the configured deadlines. */
export function recommendation(
  level: RiskLevel,
  days: Record<'critical' | 'high' | 'medium', number>,
): string {
  if (level === 'critical') return `Immediate action required: treat within ${days.critical} days`;
  if (level === 'high') return `Treatment plan within ${days.high} days`;
  if (level === 'medium') return `Treatment plan within ${days.medium} days`;
  if (level === 'low') return 'Accept or monitor: the risk owner records acceptance or a monitoring plan';
  return 'Accept: the risk owner records acceptance';
}

/** The template's default inventory as assets. */
export function templateAssets(template: Template): Asset[] {
  return template.assets.map((asset) => ({ ...asset, impact: classificationImpact(asset.classification)! }));
}

/**
 * Applies every threat of the template to every asset of a type it targets. Ids follow the threat
 * catalog's order, then the inventory's order within each threat, so the same inputs always give the
 * same register. Impact is the lower of the asset's and the threat's maximum; deadlines count from
 * `today`, shortened where a threat asks for faster action.
 */
export function assessRisks(
  scope: string,
  template: Template,
  assets: readonly Asset[],
  settings: Pick<Settings, 'today' | 'treatmentDays'>,
): Assessment {
  const days = { ...DEFAULT_TREATMENT_DAYS, ...settings.treatmentDays };
  const pairs = template.threats.flatMap((threat) =>
    assets.filter((asset) => threat.appliesTo.includes(asset.type)).map((asset) => ({ threat, asset })),
  );
  const width = Math.max(3, String(pairs.length).length);
  const risks = pairs.map(({ threat, asset }, index): ProposedRisk => {
    const impact = Math.min(asset.impact, threat.maxImpact ?? 5);
    const score = threat.likelihood * impact;
    const level = riskLevel(score);
    const levelDays =
      level === 'critical' || level === 'high' || level === 'medium' ? days[level] : undefined;
    const timelineDays =
      levelDays === undefined ? undefined : Math.min(levelDays, threat.timelineDays ?? levelDays);
    return {
      id: `R${String(index + 1).padStart(width, '0')}`,
      asset: asset.id,
      threat: threat.name,
      vulnerability: threat.vulnerabilities[0]!,
      otherVulnerabilities: threat.vulnerabilities.slice(1),
      description: `${threat.name}: ${asset.name}`,
      likelihood: threat.likelihood,
      impact,
      score,
      level,
      treatment: levelDays === undefined ? undefined : 'mitigate',
      treatmentPlan: threat.treatment,
      recommendation: recommendation(level, days),
      controls: threat.controls,
      owner: asset.owner,
      timeline: timelineDays === undefined ? undefined : `${timelineDays} days`,
      identified: settings.today,
      due: timelineDays === undefined ? undefined : addDays(settings.today, timelineDays),
      status: 'open',
    };
  });
  return { scope, template, assessed: settings.today, assets, risks, treatmentDays: days };
}
