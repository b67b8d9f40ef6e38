import { parseAttributeType } from '../catalogs/attributes.js';
import { NEW_IN_2022 } from '../catalogs/iso27001-2013.js';
import { numberingOf, type Catalog } from '../catalogs/types.js';
import { findCrosswalk } from '../crosswalks/index.js';
import type { Crosswalk } from '../crosswalks/types.js';
import { InputError, type Problem } from '../errors.js';
import type { RiskEntry } from '../model.js';
import type { Settings } from '../settings.js';
import type { ControlsReading } from '../validate/read-controls.js';
import { deriveAssessments } from './derive.js';
import { catalogDomains, domainSlug, selectControls, validDomainList } from './domains.js';
import { evaluateStandard, summarizeStandard, type StandardResult } from './evaluate-standard.js';
import { groupByAttribute } from './group-by.js';

/**
 * A derived standard's selection: a name of its own (a HIPAA safeguard) selects directly; a name of
 * the file's standard (`access-control`) selects the requirements mapped to any of its controls.
 */
function selectDerived(
  names: readonly string[],
  target: Catalog,
  source: Catalog,
  crosswalk: Crosswalk,
): Set<string> | undefined {
  if (names.length === 0) return undefined;
  const own = new Map(catalogDomains(target).map((d) => [d.name, d]));
  const theirs = new Map(catalogDomains(source).map((d) => [d.name, d]));
  const unknown = names.filter((n) => !own.has(domainSlug(n)) && !theirs.has(domainSlug(n)));
  if (unknown.length > 0) {
    throw new InputError(
      `Unknown domain ${unknown.map((n) => JSON.stringify(n)).join(', ')} for ${target.name} derived from ${source.label}. Valid domains: ${validDomainList(catalogDomains(target))}; or any domain of ${source.label}: ${validDomainList(catalogDomains(source))}.`,
    );
  }
  const selected = new Set<string>();
  for (const name of names) {
    const direct = own.get(domainSlug(name));
    if (direct) for (const id of direct.controls) selected.add(id);
    else {
      const sourceIds = new Set(theirs.get(domainSlug(name))!.controls);
      for (const link of crosswalk.links) {
        if (link.controls.some((id) => sourceIds.has(id))) selected.add(link.target);
      }
    }
  }
  return selected;
}

/** One standard, directly when the file is numbered by it, else derived through a crosswalk. */
function evaluateOne(
  catalog: Catalog,
  reading: ControlsReading,
  risks: readonly RiskEntry[],
  domains: readonly string[],
): StandardResult {
  const source = reading.numbering;
  if (numberingOf(catalog) === numberingOf(source)) {
    const result = evaluateStandard(catalog, reading.entries, risks, selectControls(domains, catalog));
    if (reading.from2013) {
      const fresh = new Set(NEW_IN_2022.map((c) => c.id));
      for (const gap of result.gaps) {
        if (fresh.has(gap.id)) gap.detail = 'new in ISO 27001:2022; a 2013-numbered file cannot cover it';
      }
    }
    return result;
  }
  const crosswalk = findCrosswalk(source, catalog);
  if (!crosswalk) {
    throw new InputError(
      `${catalog.name} cannot be evaluated from a controls file numbered by ${source.name}: no crosswalk leads from ${source.label} to ${catalog.label}. Give a controls file numbered by ${catalog.label} ids (e.g. ${catalog.controls[0]?.id ?? ''}).`,
    );
  }
  const selected = selectDerived(domains, catalog, source, crosswalk);
  const controls = deriveAssessments(catalog, source, crosswalk, reading.entries, selected);
  return {
    ...summarizeStandard(catalog, controls, []),
    label: `${catalog.label} (derived)`,
    name: `${catalog.name}, derived from ${source.label}`,
    derivedFrom: source.label,
  };
}

/**
 * Every requested standard from one controls file, side by side; with `groupBy`, per-value figures
 * for each standard whose controls carry ISO 27002 attributes (an error when none does).
 */
export function evaluateStandards(
  catalogs: readonly Catalog[],
  reading: ControlsReading,
  risks: readonly RiskEntry[],
  settings: Pick<Settings, 'domains' | 'groupBy'>,
): StandardResult[] {
  const type = settings.groupBy === undefined ? undefined : parseAttributeType(settings.groupBy);
  const results = catalogs.map((catalog) => evaluateOne(catalog, reading, risks, settings.domains));
  if (type === undefined) return results;
  results.forEach((result, i) => {
    if (result.derivedFrom === undefined)
      result.grouping = groupByAttribute(catalogs[i]!, result.controls, type);
  });
  if (results.every((r) => r.grouping === undefined)) {
    throw new InputError(
      `--group-by ${JSON.stringify(settings.groupBy)} needs a standard whose controls carry ISO 27002 attributes (iso27001 or iso27002); ${catalogs.map((c) => c.id).join(', ')} ${catalogs.length === 1 ? 'does' : 'do'} not`,
    );
  }
  return results;
}

/** The problems with the scope settings (`--domains`, `--group-by`), so they can be listed with the files' own. */
export function scopeProblems(
  catalogs: readonly Catalog[],
  reading: ControlsReading,
  settings: Pick<Settings, 'domains' | 'groupBy'>,
): Problem[] {
  try {
    evaluateStandards(catalogs, reading, [], settings);
    return [];
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
}
