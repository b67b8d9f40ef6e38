/** Characters a spreadsheet reads as the start of a formula (or that hide one after a control character). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a leading `'` defuses a formula a spreadsheet would otherwise run (`=HYPERLINK(...)`
 * in an owner's name), then the cell is quoted when it holds a delimiter, quote, line break or
 * edge spaces, with quotes doubled.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\r\n\t]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document (RFC 4180: comma-separated, CRLF line ends, a header row) from headers and rows.
 * Every cell passes through `csvCell`, so text from users' files can neither break the layout nor
 * become a formula.
 */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
