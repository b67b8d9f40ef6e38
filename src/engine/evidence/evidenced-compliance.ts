import type { StandardResult } from '../evaluate/evaluate-standard.js';
import { percent, type ControlAssessment } from '../evaluate/score-compliance.js';
import type { EvidenceAssessment } from './assess-evidence.js';

/** Declared and evidenced compliance of one group of controls. */
export interface EvidencedFigure {
  /** The percentage the controls file declares. */
  declared: number;
  /** The same, counting only controls whose evidence exists and is fresh. */
  evidenced: number;
  /** Applicable controls that earn points but lack present, fresh evidence. */
  unevidenced: number;
}

/** Declared beside evidenced, for a standard and each of its groups. */
export interface EvidencedCompliance extends EvidencedFigure {
  standard: string;
  label: string;
  domains: (EvidencedFigure & { domain: string; name: string })[];
}

function figure(controls: readonly ControlAssessment[], evidenced: ReadonlySet<string>): EvidencedFigure {
  let declared = 0;
  let proven = 0;
  let applicable = 0;
  let unevidenced = 0;
  for (const control of controls) {
    if (control.points === null) continue;
    applicable++;
    declared += control.points;
    if (evidenced.has(control.id)) proven += control.points;
    else if (control.points > 0) unevidenced++;
  }
  return { declared: percent(declared, applicable), evidenced: percent(proven, applicable), unevidenced };
}

/**
 * The second figure beside the declared one: the same scoring, but a control earns its points only
 * when its evidence exists and is fresh. The declared figure is never changed by evidence. Standards
 * derived through a crosswalk get no evidenced figure: their evidence is that of the source standard.
 */
export function evidencedCompliance(
  standards: readonly StandardResult[],
  evidence: EvidenceAssessment,
): EvidencedCompliance[] {
  const evidenced = new Set(evidence.controls.filter((c) => c.evidenced).map((c) => c.id));
  // A derived standard's requirements are not controls of the file, so no evidence can name them:
  // its figure would always read 0 % and fail Stage 2 readiness for want of evidence nobody can give.
  const direct = standards.filter((standard) => standard.derivedFrom === undefined);
  return direct.map((standard) => ({
    standard: standard.standard,
    label: standard.label,
    ...figure(standard.controls, evidenced),
    domains: standard.domains.map((domain) => ({
      domain: domain.domain,
      name: domain.name,
      ...figure(
        standard.controls.filter((c) => c.group === domain.domain),
        evidenced,
      ),
    })),
  }));
}
