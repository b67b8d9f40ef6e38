import { InputError } from '../errors.js';
import { hipaa } from './hipaa.js';
import { iso27001, iso27002 } from './iso27001.js';
import type { Catalog } from './types.js';

const builtIn: readonly Catalog[] = [iso27001, iso27002, hipaa];

/** Names of the built-in standards, as users type them. */
export const STANDARD_NAMES: readonly string[] = builtIn.map((catalog) => catalog.id);

/** The built-in catalog for a standard name (case-insensitive, spaces and dashes ignored). */
export function getCatalog(name: string, custom: readonly Catalog[] = []): Catalog {
  const key = name.toLowerCase().replace(/[\s_:-]+/g, '');
  const found = [...custom, ...builtIn].find(
    (catalog) => catalog.id.toLowerCase().replace(/[\s_:-]+/g, '') === key,
  );
  if (!found) {
    const valid = [...custom.map((c) => c.id), ...STANDARD_NAMES].join(', ');
    throw new InputError(`Unknown standard ${JSON.stringify(name)}. Valid standards: ${valid}.`);
  }
  return found;
}
