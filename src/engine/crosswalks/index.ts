import { numberingOf, type Catalog } from '../catalogs/types.js';
import { HIPAA_FROM_ISO27001 } from './hipaa-from-iso27001.js';
import type { Crosswalk } from './types.js';

/** Every crosswalk the engine can derive a posture through. */
export const CROSSWALKS: readonly Crosswalk[] = [HIPAA_FROM_ISO27001];

/** The crosswalk from the catalog a controls file is numbered by to a target standard, if there is one. */
export function findCrosswalk(source: Catalog, target: Catalog): Crosswalk | undefined {
  return CROSSWALKS.find((c) => c.from === numberingOf(source) && c.to === target.id);
}
