import { parse } from 'csv-parse/sync';
import { InputError, type Problem } from '../errors.js';
import { describeQuoteError, locateQuoteError } from './csv-quote-error.js';
import { splitPlain, splitQuoted } from './csv-split.js';
import type { Table, TableRow } from './table.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter of the header line: the one of `,` `;` tab that occurs most often outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

interface CsvErrorShape {
  code?: string;
  lines?: number;
  message?: string;
}

/**
 * A CSV as spreadsheets export it (delimiter detected, CRLF or LF, quoted fields spanning lines) into
 * rows that remember the line each record starts on. A malformed file is an error with its line.
 */
export function readCsv(text: string, file: string): Table {
  const delimiter = detectDelimiter(text);
  let records: string[][];
  const quoted = text.includes('"');
  try {
    // No `info` and no skipping of blank lines: csv-parse's per-record info costs about four times
    // the parse itself, and every line, blank or not, still yields a record whose span is counted below.
    records =
      (quoted ? splitQuoted(text, delimiter) : splitPlain(text, delimiter)) ??
      (parse(text, { delimiter, relax_column_count: true, trim: false }) as string[][]);
  } catch (error) {
    const e = error as CsvErrorShape;
    const located = locateQuoteError(text, delimiter);
    if (located) {
      throw new InputError([
        { file, line: located.line, column: located.column, message: describeQuoteError(located) },
      ]);
    }
    throw new InputError([
      { file, line: e.lines, message: `CSV syntax error: ${e.message ?? 'malformed CSV'}` },
    ]);
  }

  const problems: Problem[] = [];
  const rows: TableRow[] = [];
  let headers: string[] | undefined;
  let headerLine = 1;
  let line = 1;
  for (const record of records) {
    const startLine = line;
    // A record spans one line plus every line break quoted inside its fields.
    line += 1;
    // Only a quoted field can hold a line break; most exports quote nothing, and skip this scan.
    if (quoted) for (const cell of record) if (cell.length > 0) line += lineBreaks(cell);

    if (isBlank(record)) continue;
    if (!headers) {
      headers = record.map((cell) => cell.trim());
      headerLine = startLine;
      continue;
    }
    const extra = record.slice(headers.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      problems.push({
        file,
        line: startLine,
        message: `row has ${record.length} fields but the header (line ${headerLine}) has ${headers.length}; check for an unquoted ${JSON.stringify(delimiter === '\t' ? 'tab' : delimiter)} inside a value`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    for (let i = 0; i < headers.length; i++) if (headers[i] !== '') values[headers[i]!] = record[i] ?? '';
    rows.push({ line: startLine, values });
  }
  if (problems.length > 0) throw new InputError(problems);
  const oneColumn = headers?.length === 1 ? otherDelimiter(headers[0]!) : undefined;
  if (oneColumn) {
    throw new InputError([
      {
        file,
        line: headerLine,
        message: `the header ${JSON.stringify(headers![0]!.slice(0, 80))} reads as one column: it seems to use ${JSON.stringify(oneColumn)} as delimiter; save the file with comma, semicolon or tab delimiters`,
      },
    ]);
  }
  return { headers: headers ?? [], headerLine, rows, meta: {} };
}

/** A character that splits a one-column header into words as a delimiter would (`|`, `:`), if any. */
function otherDelimiter(header: string): string | undefined {
  return ['|', ':', '^', '~', '#'].find((d) => header.split(d).length >= 2);
}

/** Line breaks in a quoted field (CRLF, LF or CR each counting once). */
function lineBreaks(cell: string): number {
  if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return 0;
  return cell.match(/\r\n|\n|\r/g)?.length ?? 0;
}

/** True when every field of a record is empty or white space (a blank line, or `,,,`). */
function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell.length > 0 && !/^\s*$/.test(cell)) return false;
  return true;
}
