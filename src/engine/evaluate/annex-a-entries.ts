import type { Catalog } from '../catalogs/types.js';
import type { ControlEntry } from '../model.js';

/**
 * The controls-file entries a risk's Annex A links can be checked against: those of an ISO 27001 or
 * ISO 27002 controls file (the same 93 ids). A file read against another catalog (HIPAA) says
 * nothing about Annex A, so every linked control then counts as not assessed.
 */
export function annexAEntries(
  primary: Catalog | undefined,
  entries: readonly ControlEntry[],
): ControlEntry[] {
  return primary?.id === 'iso27001' || primary?.id === 'iso27002' ? [...entries] : [];
}
