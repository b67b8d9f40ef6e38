import type { Catalog } from '../catalogs/types.js';
import type { Crosswalk } from '../crosswalks/types.js';
import type { ControlEntry, Status } from '../model.js';
import { weakestStatus } from '../validate/convert-2013.js';
import { points, scoredControls, type ControlAssessment } from './score-compliance.js';

/**
 * The status a target requirement gets from the source controls mapped to it: the weakest of the
 * applicable ones, capped at partial when the mapping is partial (the rest of the requirement is
 * work the source standard does not ask for). Excluded source controls say nothing about the target,
 * so a requirement whose every mapped control is excluded is not assessed. Never not applicable:
 * excluding a target requirement follows the target's own rules, which only its own file can meet.
 */
function derivedStatus(sources: readonly Status[], strength: 'full' | 'partial'): Status {
  const applicable = sources.filter((s) => s !== 'not-applicable');
  if (applicable.length === 0) return 'not-assessed';
  const weakest = weakestStatus(applicable);
  return strength === 'partial' && weakest === 'implemented' ? 'partial' : weakest;
}

/** Assesses a target standard's scored requirements from a file numbered by another, through a crosswalk. */
export function deriveAssessments(
  target: Catalog,
  source: Catalog,
  crosswalk: Crosswalk,
  entries: readonly ControlEntry[],
  selected?: ReadonlySet<string>,
): ControlAssessment[] {
  const statusOf = new Map(entries.map((e) => [e.id, e.status]));
  const links = new Map(crosswalk.links.map((link) => [link.target, link]));
  return scoredControls(target, selected).map((control) => {
    const link = links.get(control.id);
    const sources = (link?.controls ?? []).map((id) => ({
      id,
      status: statusOf.get(id) ?? ('not-assessed' as Status),
    }));
    const strength = link?.strength ?? 'partial';
    const status = link
      ? derivedStatus(
          sources.map((s) => s.status),
          strength,
        )
      : 'not-assessed';
    const list = sources.map((s) => `${s.id} ${s.status}`).join(', ');
    return {
      id: control.id,
      title: control.title,
      group: control.group,
      status,
      points: points(status),
      detail: link
        ? `derived (${strength} mapping) from ${source.label} ${list}`
        : `no ${source.label} control maps to it`,
      derived: { from: source.id, strength, sources },
    };
  });
}
