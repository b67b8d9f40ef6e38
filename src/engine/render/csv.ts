/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: quoted when it holds the delimiter, a quote, a line break or edge spaces (quotes
 * doubled), and defused with a leading `'` when it starts like a formula, so opening the file in a
 * spreadsheet can never run what a cell says.
 */
export function csvField(value: string, delimiter = ','): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const quote = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() || text !== value;
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document: a header row and records, each line ending in `\n`. */
export function renderCsv(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter = ',',
): string {
  return [headers, ...rows]
    .map((row) => `${row.map((v) => csvField(v, delimiter)).join(delimiter)}\n`)
    .join('');
}
