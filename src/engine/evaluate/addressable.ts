import type { CatalogControl } from '../catalogs/types.js';
import type { ControlEntry } from '../model.js';

/**
 * 45 CFR 164.306(d)(3): an Addressable specification may be set aside only when the entity documents
 * why implementing it is not reasonable and appropriate, and what equivalent alternative measure it
 * takes instead (or why none is reasonable). An exclusion missing either is not an excluded
 * specification but an unmet one: it stays in the denominator as not implemented, with the reason.
 */
export function undocumentedAddressable(
  control: CatalogControl,
  entry: ControlEntry | undefined,
): string | undefined {
  if (control.required !== false || entry?.status !== 'not-applicable') return undefined;
  const missing = [
    entry.justification === undefined ? 'a rationale ("justification" column)' : undefined,
    entry.alternative === undefined ? 'an alternative measure ("alternative" column)' : undefined,
  ].filter((part) => part !== undefined);
  if (missing.length === 0) return undefined;
  return `Addressable, marked not applicable without ${missing.join(' and ')} (45 CFR 164.306(d)(3))`;
}
