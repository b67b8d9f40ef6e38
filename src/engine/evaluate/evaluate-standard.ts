import type { Catalog } from '../catalogs/types.js';
import type { ControlEntry, RiskEntry } from '../model.js';
import { findGaps, type Gap } from './gaps.js';
import type { AttributeGrouping } from './group-by.js';
import { assessControls, score, type ControlAssessment, type Score } from './score-compliance.js';

/** A group's figure within a standard (an Annex A theme, a HIPAA safeguard). */
export interface DomainResult extends Score {
  domain: string;
  name: string;
}

/** Everything the gate knows about one standard. */
export interface StandardResult extends Score {
  standard: string;
  name: string;
  label: string;
  groupKind: string;
  domains: DomainResult[];
  controls: ControlAssessment[];
  gaps: Gap[];
  /** Set when the result was derived through a crosswalk: the label of the standard the file is numbered by. */
  derivedFrom?: string;
  /** Per-value figures for an ISO 27002 attribute type, when `--group-by` asked for one. */
  grouping?: AttributeGrouping;
}

/** Scores a controls file against one catalog, overall and per group, with its gaps in priority order. */
export function evaluateStandard(
  catalog: Catalog,
  entries: readonly ControlEntry[],
  risks: readonly RiskEntry[],
  selected?: ReadonlySet<string>,
): StandardResult {
  return summarizeStandard(catalog, assessControls(catalog, entries, selected), risks);
}

/** A standard's figures, overall and per group, and its gaps, from its assessed controls. */
export function summarizeStandard(
  catalog: Catalog,
  controls: ControlAssessment[],
  risks: readonly RiskEntry[],
): StandardResult {
  const domains: DomainResult[] = catalog.groups
    .map((group) => ({ group, members: controls.filter((c) => c.group === group.id) }))
    .filter(({ members }) => members.length > 0)
    .map(({ group, members }) => ({ domain: group.id, name: group.name, ...score(members) }));
  return {
    standard: catalog.id,
    name: catalog.name,
    label: catalog.label,
    groupKind: catalog.groupKind,
    ...score(controls),
    domains,
    controls,
    gaps: findGaps(controls, risks),
  };
}
