import type { Catalog } from '../catalogs/types.js';
import type { ControlEntry, RiskEntry } from '../model.js';
import { findGaps, type Gap } from './gaps.js';
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
}

/** Scores a controls file against one catalog, overall and per group, with its gaps in priority order. */
export function evaluateStandard(
  catalog: Catalog,
  entries: readonly ControlEntry[],
  risks: readonly RiskEntry[],
  selected?: ReadonlySet<string>,
): StandardResult {
  const controls = assessControls(catalog, entries, selected);
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
