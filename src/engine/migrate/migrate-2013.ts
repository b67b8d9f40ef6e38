import { iso27001 } from '../catalogs/iso27001.js';
import { iso27001of2013, MAPPING_2013, NEW_IN_2022 } from '../catalogs/iso27001-2013.js';
import { InputError } from '../errors.js';
import { mapHeaders } from '../load/headers.js';
import { detectDelimiter } from '../load/csv-table.js';
import { decodeText } from '../load/decode.js';
import { detectFormat, type SourceFile } from '../load/source.js';
import type { ControlEntry } from '../model.js';
import { toCsv } from '../render/csv.js';
import { groupBy2022, weakestStatus } from '../validate/convert-2013.js';
import { CONTROL_FIELDS, parseControls } from '../validate/parse-controls.js';
import { readControls } from '../validate/read-controls.js';

/** The column the migrated file gains: the 2013 ids each row came from, for traceability. */
export const MIGRATED_FROM = 'migrated_from';

/** A migrated controls file and what a person must still decide. */
export interface Migration {
  csv: string;
  /** Rows written (one per 2022 control covered). */
  rows: number;
  /** Rows read (2013 controls). */
  read: number;
  decisions: string[];
}

function headerFor(headers: readonly string[], field: keyof typeof CONTROL_FIELDS): string | undefined {
  return [...mapHeaders(headers, CONTROL_FIELDS).fields].find(([, f]) => f === field)?.[0];
}

/** One 2022 row from the 2013 rows folding into it: distinct values joined, the weakest status kept. */
function mergeRow(id: string, rows: readonly ControlEntry[], headers: readonly string[]): string[] {
  const idHeader = headerFor(headers, 'id');
  const statusHeader = headerFor(headers, 'status');
  const titleHeader = headerFor(headers, 'title');
  const weakest = weakestStatus(rows.map((r) => r.status));
  const weakestRow = rows.find((r) => r.status === weakest)!;
  const cells = headers.map((header) => {
    if (header === idHeader) return id;
    if (header === titleHeader) return iso27001.controls.find((c) => c.id === id)!.title;
    if (header === statusHeader) return weakestRow.columns[header] ?? '';
    const values = [...new Set(rows.map((r) => r.columns[header] ?? '').filter((v) => v !== ''))];
    return values.join('; ');
  });
  return [...cells, rows.map((r) => r.rawId).join('; ')];
}

/** Columns (other than id, status, title) whose values differ between merged rows. */
function joinedColumns(rows: readonly ControlEntry[], headers: readonly string[]): string[] {
  const skip = new Set([headerFor(headers, 'id'), headerFor(headers, 'status'), headerFor(headers, 'title')]);
  return headers.filter(
    (h) => !skip.has(h) && new Set(rows.map((r) => r.columns[h] ?? '').filter((v) => v !== '')).size > 1,
  );
}

/**
 * Rewrites a controls file numbered by ISO 27001:2013 to 2022 ids: rows folding into one 2022
 * control are merged (the weakest status kept, other columns' distinct values joined), every column
 * is kept, and a `migrated_from` column records the 2013 ids. What the crosswalk cannot decide is
 * listed: merges whose statuses or values differ, a 2013 control split in two, the controls new in 2022.
 */
export function migrate2013(source: SourceFile): Migration {
  const reading = readControls([source], [iso27001of2013]);
  if (!reading.from2013) {
    throw new InputError([
      {
        file: source.path,
        message: `the file is not numbered by ISO 27001:2013 (its ids read as ${reading.numbering.name}); there is nothing to migrate`,
      },
    ]);
  }
  // Read again without carrying over, so each 2013 row keeps its own entry and every column.
  const parsed = parseControls([source], iso27001of2013);
  if (parsed.problems.length > 0) throw new InputError(parsed.problems);
  const original = parsed.entries;
  const headers = [...new Set(original.flatMap((e) => Object.keys(e.columns)))];
  const decisions: string[] = [];
  const rows: string[][] = [];
  for (const [id, group] of groupBy2022(original)) {
    rows.push(mergeRow(id, group, headers));
    const title = iso27001.controls.find((c) => c.id === id)!.title;
    const statuses = new Set(group.map((r) => r.status));
    const joined = joinedColumns(group, headers);
    if (statuses.size > 1 || joined.length > 0) {
      const parts = [
        statuses.size > 1
          ? `statuses differ, the weakest (${weakestStatus(group.map((r) => r.status))}) was kept`
          : '',
        joined.length > 0 ? `values joined in ${joined.join(', ')}` : '',
      ].filter((p) => p !== '');
      decisions.push(
        `${id} ${title}: merged from ${group.map((r) => `${r.rawId} (line ${r.source.line})`).join(', ')}; ${parts.join('; ')}. Confirm the row.`,
      );
    }
  }
  for (const entry of original) {
    const targets = MAPPING_2013.get(entry.id) ?? [];
    if (targets.length > 1) {
      decisions.push(
        `${entry.rawId} (line ${entry.source.line}) is split in 2022 into ${targets.join(' and ')}; its row was copied to each. Decide the status of each.`,
      );
    }
  }
  for (const control of NEW_IN_2022) {
    decisions.push(`${control.id} ${control.title} is new in 2022 and has no row: add one with its status.`);
  }
  const text = decodeText(source.bytes, source.path);
  const delimiter = detectFormat(source.path, text) === 'csv' ? detectDelimiter(text) : ',';
  return {
    csv: toCsv([...headers, MIGRATED_FROM], rows, { delimiter }),
    rows: rows.length,
    read: original.length,
    decisions,
  };
}
