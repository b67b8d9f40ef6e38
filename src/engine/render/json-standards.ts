import type { StandardResult } from '../evaluate/evaluate-standard.js';
import type { Gap } from '../evaluate/gaps.js';
import type { ControlAssessment } from '../evaluate/score-compliance.js';

/** A standard's derivation and attribute grouping in the JSON report (null when absent, so the shape is fixed). */
export function standardExtras(s: StandardResult): Record<string, unknown> {
  return {
    derived: s.derivedFrom !== undefined,
    derivedFrom: s.derivedFrom ?? null,
    groupBy: s.grouping
      ? {
          attributeType: s.grouping.attributeType,
          name: s.grouping.name,
          values: s.grouping.values.map((v) => ({
            value: v.value,
            percentage: v.percentage,
            controls: v.controls,
            applicable: v.applicable,
            counts: v.counts,
          })),
        }
      : null,
  };
}

/** Why a gap is one when its status does not say (an undocumented exclusion, a derived result). */
export function gapExtras(g: Gap): Record<string, unknown> {
  return { detail: g.detail ?? null };
}

/** How a derived control's status came about: mapping strength and source controls; null when read directly. */
export function controlExtras(c: ControlAssessment): Record<string, unknown> {
  return {
    detail: c.detail ?? null,
    derived: c.derived
      ? { from: c.derived.from, strength: c.derived.strength, sources: c.derived.sources, evidence: false }
      : null,
  };
}
