import { InputError, type Problem } from '../../errors.js';
import { decodeText } from '../../load/decode.js';
import type { SourceFile } from '../../load/source.js';
import { STANDARD_NAMES } from '../registry.js';
import type { Catalog } from '../types.js';
import { parseCustomCatalog } from './parse-custom-catalog.js';
import { parseOscalCatalog } from './parse-oscal.js';
import { parseLocated } from '../../load/located-yaml.js';

/**
 * A catalog file given with `--catalog`: an OSCAL catalog (JSON with a top-level `catalog`) or a
 * framework in the project's own YAML/JSON shape. Several files must not share an id.
 */
export function loadCatalogs(sources: readonly SourceFile[]): Catalog[] {
  const catalogs: Catalog[] = [];
  const problems: Problem[] = [];
  for (const source of sources) {
    try {
      const catalog = loadCatalog(source);
      const clash = catalogs.find((c) => c.id === catalog.id);
      if (clash) {
        problems.push({
          file: source.path,
          message: `catalog id "${catalog.id}" is also the id of ${clash.source}`,
        });
      } else {
        catalogs.push(catalog);
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const item of error.problems) problems.push(item);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return catalogs;
}

function loadCatalog(source: SourceFile): Catalog {
  const text = decodeText(source.bytes, source.path);
  // A large OSCAL file parses far faster as plain JSON; the located parser is for messages with lines.
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (json !== null && typeof json === 'object' && 'catalog' in json) {
    const catalog = parseOscalCatalog(json, source.path);
    if (STANDARD_NAMES.includes(catalog.id)) {
      throw new InputError([
        {
          file: source.path,
          message: `catalog id "${catalog.id}" (from the file name) is a built-in standard; rename the file`,
        },
      ]);
    }
    return catalog;
  }
  return parseCustomCatalog(parseLocated(text, source.path), source.path);
}
