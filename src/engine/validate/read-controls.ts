import { iso27001 } from '../catalogs/iso27001.js';
import { iso27001of2013 } from '../catalogs/iso27001-2013.js';
import { numberingOf, type Catalog } from '../catalogs/types.js';
import type { Problem } from '../errors.js';
import { mapHeaders } from '../load/headers.js';
import { readTable } from '../load/read-table.js';
import type { SourceFile } from '../load/source.js';
import type { ControlEntry } from '../model.js';
import type { Notice } from '../notice.js';
import { convert2013 } from './convert-2013.js';
import { CONTROL_FIELDS, CONTROLS_SHAPE, parseControls } from './parse-controls.js';
import { text } from './values.js';

/** A controls file read by the numbering its ids use. */
export interface ControlsReading {
  /** The catalog whose ids the entries carry: Annex A 2022 (also for a 2013 file, once carried over), HIPAA, a custom one. */
  numbering: Catalog;
  /** True when the file was numbered by the 2013 edition and carried over to 2022 ids. */
  from2013: boolean;
  entries: ControlEntry[];
  problems: Problem[];
  notices: Notice[];
}

/** The id cells of every readable controls file; unreadable files are left for the parser to report. */
function rawIds(sources: readonly SourceFile[]): string[] {
  const ids: string[] = [];
  for (const source of sources) {
    try {
      const table = readTable(source, CONTROLS_SHAPE);
      const columns = mapHeaders(table.headers, CONTROL_FIELDS);
      const header = [...columns.fields].find(([, field]) => field === 'id')?.[0];
      if (header === undefined) continue;
      for (const row of table.rows) {
        const id = text(row.values[header]);
        if (id !== undefined) ids.push(id);
      }
    } catch {
      continue;
    }
  }
  return ids;
}

/**
 * Decides which numbering the controls files use (the catalog recognising most of their ids; on a
 * tie, the first standard asked for) and reads them by it. A file numbered by ISO 27001:2013 is read
 * by the 2013 ids and carried over to 2022 ones, with a notice for each row.
 */
export function readControls(sources: readonly SourceFile[], standards: readonly Catalog[]): ControlsReading {
  const candidates: Catalog[] = [];
  for (const catalog of [...standards, iso27001, iso27001of2013]) {
    if (!candidates.some((c) => numberingOf(c) === numberingOf(catalog))) candidates.push(catalog);
  }
  const ids = rawIds(sources);
  let best = candidates[0]!;
  let bestCount = -1;
  for (const candidate of candidates) {
    const count = ids.filter((id) => candidate.normalizeId(id) !== undefined).length;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  const parsed = parseControls(sources, best);
  if (best !== iso27001of2013) {
    return {
      numbering: best,
      from2013: false,
      entries: parsed.entries,
      problems: parsed.problems,
      notices: [],
    };
  }
  const converted = convert2013(parsed.entries);
  return {
    numbering: iso27001,
    from2013: true,
    entries: converted.entries,
    problems: parsed.problems,
    notices: converted.notices,
  };
}
