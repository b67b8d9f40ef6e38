import type { Catalog, CatalogControl } from '../catalogs/types.js';
import type { ControlEntry, Status } from '../model.js';
import { undocumentedAddressable } from './addressable.js';

/** One catalog control as the controls file left it. */
export interface ControlAssessment {
  id: string;
  title: string;
  group: string;
  status: Status;
  /** 1 implemented, 0.5 partial, 0 otherwise; null when not applicable (out of the denominator). */
  points: number | null;
  entry?: ControlEntry;
  /** Why the status is not simply the file's (an undocumented HIPAA exclusion, a derived result). */
  detail?: string;
  /** Set when the status was derived from another standard's controls through a crosswalk. */
  derived?: Derivation;
}

/** How a derived status came about: the mapping strength and the source controls with their statuses. */
export interface Derivation {
  /** The standard the status was derived from, e.g. `iso27001`. */
  from: string;
  strength: 'full' | 'partial';
  sources: { id: string; status: Status }[];
}

/** Counts of controls by status. */
export type StatusCounts = Record<Status, number>;

/** A compliance figure over a set of controls. */
export interface Score {
  /** Percentage to one decimal; 0 when no control is applicable. */
  percentage: number;
  /** Sum of points. */
  score: number;
  /** Controls counted in the denominator (all but not applicable). */
  applicable: number;
  counts: StatusCounts;
}

/** Points a status earns: implemented 1, partial 0.5, planned / not implemented / not assessed 0, N/A none. */
export function points(status: Status): number | null {
  if (status === 'not-applicable') return null;
  if (status === 'implemented') return 1;
  if (status === 'partial') return 0.5;
  return 0;
}

/** The controls a catalog scores (all, or the selected ones), in catalog order. */
export function scoredControls(catalog: Catalog, selected?: ReadonlySet<string>): CatalogControl[] {
  return catalog.controls.filter(
    (control) => control.scored !== false && (selected === undefined || selected.has(control.id)),
  );
}

/** Every catalog control (or the selected ones) with its status; a control the file omits is not assessed. */
export function assessControls(
  catalog: Catalog,
  entries: readonly ControlEntry[],
  selected?: ReadonlySet<string>,
): ControlAssessment[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return scoredControls(catalog, selected).map((control) => {
    const entry = byId.get(control.id);
    const detail = undocumentedAddressable(control, entry);
    const status: Status = detail ? 'not-implemented' : (entry?.status ?? 'not-assessed');
    return {
      id: control.id,
      title: control.title,
      group: control.group,
      status,
      points: points(status),
      entry,
      ...(detail ? { detail } : {}),
    };
  });
}

/** The compliance figure of a set of assessed controls. */
export function score(assessments: readonly ControlAssessment[]): Score {
  const counts: StatusCounts = {
    implemented: 0,
    partial: 0,
    planned: 0,
    'not-implemented': 0,
    'not-applicable': 0,
    'not-assessed': 0,
  };
  let sum = 0;
  let applicable = 0;
  for (const assessment of assessments) {
    counts[assessment.status]++;
    if (assessment.points !== null) {
      sum += assessment.points;
      applicable++;
    }
  }
  return { percentage: percent(sum, applicable), score: sum, applicable, counts };
}

/** `part / whole` as a percentage rounded half up to one decimal, without binary-float drift. */
export function percent(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.round((part * 1000) / whole + 1e-9) / 10;
}
