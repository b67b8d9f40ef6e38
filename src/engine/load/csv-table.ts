import { parse } from 'csv-parse/sync';
import { InputError, type Problem } from '../errors.js';
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
  const buffer = Buffer.from(text, 'utf8');
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(buffer, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as CsvErrorShape;
    const reason =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted field is never closed (an unbalanced `"`)'
        : e.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? 'a quote closes a field but more characters follow it in the same field; double a quote inside a quoted field (`""`)'
          : (e.message ?? 'malformed CSV');
    throw new InputError([{ file, line: e.lines, message: `CSV syntax error: ${reason}` }]);
  }

  const problems: Problem[] = [];
  const rows: TableRow[] = [];
  let headers: string[] | undefined;
  let headerLine = 1;
  let offset = 0;
  let line = 1;
  for (const { record, info } of records) {
    // Advance to the record's first byte, counting the lines passed (blank lines included).
    while (offset < info.bytes && (buffer[offset] === 0x0a || buffer[offset] === 0x0d)) {
      if (buffer[offset] === 0x0a) line++;
      offset++;
    }
    const startLine = line;
    for (; offset < info.bytes; offset++) if (buffer[offset] === 0x0a) line++;

    if (record.every((cell) => cell.trim() === '')) continue;
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
    headers.forEach((header, i) => {
      if (header !== '') values[header] = record[i] ?? '';
    });
    rows.push({ line: startLine, values });
  }
  if (problems.length > 0) throw new InputError(problems);
  return { headers: headers ?? [], headerLine, rows, meta: {} };
}
