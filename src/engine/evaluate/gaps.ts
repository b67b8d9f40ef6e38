import type { RiskEntry, RiskLevel, Status } from '../model.js';
import { RISK_LEVELS } from './risk-level.js';
import type { ControlAssessment } from './score-compliance.js';

/** A control that earns less than full points, with why and how urgent. */
export interface Gap {
  id: string;
  title: string;
  group: string;
  status: Status;
  owner?: string;
  /** The most severe level among the risks whose treatment relies on this control, if any. */
  riskLevel?: RiskLevel;
  /** Ids of the risks relying on the control. */
  linkedRisks: string[];
  file?: string;
  line?: number;
  /** Why the control is a gap when its status alone does not say (see ControlAssessment.detail). */
  detail?: string;
  /** Why a listed control is not assessed, when the file says it is undecided (`TBD`). */
  reason?: string;
}

const STATUS_RANK: Partial<Record<Status, number>> = {
  'not-implemented': 0,
  planned: 1,
  partial: 2,
  'not-assessed': 3,
};

/**
 * Gaps in priority order: controls relied on by a Critical risk first, then by a High one, then not
 * implemented, planned, partial and not assessed; catalog order within each rank so output is stable.
 */
export function findGaps(assessments: readonly ControlAssessment[], risks: readonly RiskEntry[]): Gap[] {
  const reliance = new Map<string, RiskEntry[]>();
  for (const risk of risks) {
    for (const control of risk.controls) reliance.set(control, [...(reliance.get(control) ?? []), risk]);
  }
  const gaps: { gap: Gap; rank: number; order: number }[] = [];
  assessments.forEach((assessment, order) => {
    if (assessment.points === null || assessment.points === 1) return;
    const relying = reliance.get(assessment.id) ?? [];
    const riskLevel = RISK_LEVELS.find((level) => relying.some((risk) => risk.level === level));
    const urgency = riskLevel === 'critical' ? 0 : riskLevel === 'high' ? 1 : 2;
    gaps.push({
      gap: {
        id: assessment.id,
        title: assessment.title,
        group: assessment.group,
        status: assessment.status,
        owner: assessment.entry?.owner,
        riskLevel,
        linkedRisks: relying.map((risk) => risk.id),
        file: assessment.entry?.source.file,
        line: assessment.entry?.source.line,
        ...(assessment.detail ? { detail: assessment.detail } : {}),
        ...(assessment.entry?.undecided ? { reason: assessment.entry.undecided } : {}),
      },
      rank: urgency * 10 + (STATUS_RANK[assessment.status] ?? 9),
      order,
    });
  });
  return gaps.sort((a, b) => a.rank - b.rank || a.order - b.order).map((item) => item.gap);
}
