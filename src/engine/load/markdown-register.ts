import { InputError } from '../errors.js';
import type { Table, TableRow } from './table.js';

interface Found {
  heading?: string;
  headerLine: number;
  headers: string[];
  rows: TableRow[];
}

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A table row's cells, split on `|` that are not escaped; undefined for a line that is no table row. */
function splitRow(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return undefined;
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < trimmed.length; i++) {
    const char = trimmed[i]!;
    if (char === '\\' && i + 1 < trimmed.length) {
      current += char + trimmed[i + 1];
      i++;
    } else if (char === '|') {
      cells.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim() !== '') cells.push(current);
  return cells.map(unescapeCell);
}

/** Undoes what the report's cell escaping does: backslash escapes, the three HTML entities, defused mentions. */
export function unescapeCell(value: string): string {
  return value
    .trim()
    .replace(/\\([\\`*_[\]|~#+\-.!{}()<>])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '');
}

function findTables(text: string): Found[] {
  const lines = text.split(/\r?\n/);
  const tables: Found[] = [];
  let heading: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const title = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (title !== undefined) heading = title;
    const headers = splitRow(line);
    if (!headers || !SEPARATOR.test(lines[i + 1] ?? '')) continue;
    const found: Found = { heading, headerLine: i + 1, headers, rows: [] };
    let j = i + 2;
    for (; j < lines.length; j++) {
      const cells = splitRow(lines[j]!);
      if (!cells) break;
      const values: Record<string, string> = {};
      headers.forEach((header, k) => {
        if (header !== '') values[header] = cells[k] ?? '';
      });
      found.rows.push({ line: j + 1, values });
    }
    tables.push(found);
    i = j - 1;
  }
  return tables;
}

/**
 * Reads the records of a Markdown file: the first pipe table under a heading naming one of `listKeys`
 * (`## Risk register`, `## Risks`), else the file's only table. Several tables and none so named is
 * an error listing the headings, because picking one silently could read the wrong table.
 */
export function readMarkdownTable(text: string, file: string, listKeys: readonly string[]): Table {
  const tables = findTables(text);
  const named = tables.find((t) =>
    (t.heading ?? '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .some((word) => listKeys.includes(word)),
  );
  const chosen = named ?? (tables.length === 1 ? tables[0] : undefined);
  if (!chosen) {
    throw new InputError([
      {
        file,
        message:
          tables.length === 0
            ? 'no Markdown table found (a header row, a `| --- |` separator row, then rows)'
            : `${tables.length} Markdown tables and none under a heading naming ${listKeys.join(', ')}; headings: ${tables.map((t) => JSON.stringify(t.heading ?? '(none)')).join(', ')}`,
      },
    ]);
  }
  return { headers: chosen.headers, headerLine: chosen.headerLine, rows: chosen.rows, meta: {} };
}
