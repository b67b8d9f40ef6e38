/** A value a CSV cell may hold; undefined and null write an empty cell. */
export type CsvValue = string | number | boolean | undefined | null;

/** Characters that make a spreadsheet read a cell as a formula (or a DDE payload). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that a spreadsheet would run as a formula gets a leading `'` (so `=HYPERLINK(..)`
 * from a user's file stays text when the file is opened in Excel) and is quoted, as OWASP advises; any
 * field holding the delimiter, a semicolon, a quote, a line break or edge whitespace is quoted with
 * inner quotes doubled. Numbers and
 * booleans are written as they are: they cannot carry a formula.
 */
export function csvField(value: CsvValue, delimiter = ','): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  // Semicolons are quoted whatever the delimiter: spreadsheets in many locales split on them.
  const quote = guarded.includes(delimiter) || /[";\r\n]|^\s|\s$/.test(guarded) || guarded !== value;
  return quote ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A CSV document: a header row, then one row per record, each line ending in `eol` (default LF). */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: { eol?: '\n' | '\r\n'; delimiter?: string } = {},
): string {
  const eol = options.eol ?? '\n';
  const delimiter = options.delimiter ?? ',';
  return [headers, ...rows]
    .map((row) => row.map((v) => csvField(v, delimiter)).join(delimiter) + eol)
    .join('');
}
