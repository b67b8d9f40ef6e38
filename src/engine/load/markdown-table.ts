import { InputError, type Problem } from '../errors.js';
import { normalizeHeader } from './headers.js';
import type { RecordShape } from './structured-table.js';
import type { Table, TableRow } from './table.js';
import { markdownLines, parseTableRow, stripEmphasis, type MarkdownLine } from './markdown-lines.js';

/** An id at the start of a heading: `A.6.1`, `A 6.1`, `Annex A 5.15`, or a bare `5.15` (never `6.1.3`). */
const HEADING_ID =
  /^(?:control\s+)?((?:annex\s*)?a\s*\.?\s*\d{1,2}\s*\.\s*\d{1,3}|\d{1,2}\.\d{1,3})(?![.\d]*\d)\.?\s*(?:[-–—:|]\s*)?(.*)$/i;
const EXPLICIT = /^(?:control\s+)?(?:annex\s*)?a/i;
const FIELD_BOLD = /^(?:[-*+]\s+)?(?:\*\*|__)([^*_\n]{1,40}?)\s*(:?)\s*(?:\*\*|__)\s*(:?)\s*(.*)$/;
// Unemphasised `Key: value` lines count only with a one- or two-word key, so prose such as
// "Not yet assessed: ..." is not read as a field.
const FIELD_PLAIN = /^(?:[-*+]\s+)?([A-Za-z][A-Za-z()_/-]*(?: [A-Za-z()_/-]+)?)\s*:(?:\s+(.*))?$/;
const LIST_ITEM = /^[-*+]\s+(?:\[([ xX])\]\s*)?(.*)$/;
const ONLY_LINKS = /^(?:\s*!?\[[^\]]*\]\([^)]*\)\s*[,;]?)+$/;

interface Section {
  line: number;
  level: number;
  explicit: boolean;
  values: Record<string, unknown>;
  fieldLines: Map<string, number>;
  hasField: boolean;
}

/**
 * A Markdown controls document into records: each control section (a heading or bold line starting
 * with a control id, then `**Field:** value` lines and lists such as `- [x] [policy](../p.md)`)
 * becomes one record at its heading's line, and each GitHub-flavoured table with an id column
 * contributes one record per row. `[ ]` list items go to the field's `pending` column: planned
 * evidence is not evidence yet. Front matter, code blocks and HTML comments are skipped.
 */
export function readMarkdown(text: string, file: string, shape: RecordShape): Table {
  const lines = markdownLines(text);
  const rows: TableRow[] = [];
  const problems: Problem[] = [];
  const idHeaders = new Set((shape.idHeaders ?? []).map(normalizeHeader));
  let section: Section | undefined;
  let openField: { key: string; items: string[]; pending: string[]; paragraph: string[] } | undefined;
  let firstLine: number | undefined;

  const closeField = () => {
    if (!section || !openField) return;
    const { key, items, pending, paragraph } = openField;
    if (items.length > 0 || pending.length > 0) {
      if (items.length > 0) section.values[key] = items;
      if (pending.length > 0) section.values[`${key} pending`] = pending;
    } else if (paragraph.length > 0) {
      section.values[key] = paragraph.join(' ');
    }
    openField = undefined;
  };
  const closeSection = () => {
    closeField();
    if (section && (section.explicit || section.hasField)) {
      rows.push({ line: section.line, values: section.values });
      firstLine ??= section.line;
    }
    section = undefined;
  };
  const setField = (key: string, value: unknown, line: number, counts = true) => {
    if (!section) return;
    const name = key.trim();
    const previous = section.fieldLines.get(normalizeHeader(name));
    if (previous !== undefined) {
      problems.push({
        file,
        line,
        message: `field ${JSON.stringify(name)} is given twice for control ${String(section.values[shape.keyField])} (first at line ${previous}); keep one`,
      });
      return;
    }
    section.fieldLines.set(normalizeHeader(name), line);
    if (counts) section.hasField = true;
    if (value !== '') section.values[name] = value;
    else openField = { key: name, items: [], pending: [], paragraph: [] };
  };

  for (let i = 0; i < lines.length; i++) {
    const current = lines[i]!;
    const { text: line, number } = current;
    const table = tableAt(lines, i);
    if (table) {
      closeField();
      const keep = idHeaders.size === 0 || table.headers.some((h) => idHeaders.has(normalizeHeader(h)));
      if (keep) {
        if (section) closeSection();
        for (const row of table.rows) rows.push(row);
        firstLine ??= table.headerLine;
      }
      i = table.end;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const bold = heading ? undefined : /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*(.*)$/.exec(line);
    const marker = heading ? stripEmphasis(heading[2]!) : bold ? `${bold[1]} ${bold[2]}`.trim() : undefined;
    const id = marker === undefined ? undefined : HEADING_ID.exec(marker);
    const level = heading ? heading[1]!.length : 7;
    if (id && (heading || !/:\s*$/.test(bold![1]!))) {
      closeSection();
      section = {
        line: number,
        level,
        explicit: !heading || EXPLICIT.test(marker!),
        values: { [shape.keyField]: id[1]!.replace(/\s+/g, '') },
        fieldLines: new Map(),
        hasField: false,
      };
      const title = stripEmphasis(id[2] ?? '').trim();
      if (title !== '') section.values.title = title;
      continue;
    }
    if (heading) {
      if (section && level <= section.level) closeSection();
      else if (section) {
        closeField();
        setField(stripEmphasis(heading[2]!).replace(/:$/, ''), '', number, false);
      }
      continue;
    }
    if (!section) continue;
    if (line.trim() === '') {
      if (openField && openField.paragraph.length > 0) closeField();
      continue;
    }
    const field = fieldLine(line);
    if (field) {
      closeField();
      setField(field.key, inlineValue(field.value), number);
      continue;
    }
    if (openField) {
      const item = LIST_ITEM.exec(line.trim());
      if (item && openField.paragraph.length === 0) {
        const value = stripEmphasis(item[2]!.trim());
        if (value !== '') (item[1] === ' ' ? openField.pending : openField.items).push(value);
      } else if (!item && openField.items.length === 0 && openField.pending.length === 0) {
        openField.paragraph.push(stripEmphasis(line.trim()));
      } else {
        closeField();
      }
    }
  }
  closeSection();
  if (problems.length > 0) throw new InputError(problems);
  if (rows.length === 0) {
    throw new InputError([
      {
        file,
        line: 1,
        message:
          'no records found in this Markdown file: expected sections such as "## A.5.1 Policies" followed by "**Status:** Implemented" lines, or a table with an id column',
      },
    ]);
  }
  rows.sort((a, b) => a.line - b.line);
  const headers: string[] = [];
  for (const row of rows)
    for (const key of Object.keys(row.values)) if (!headers.includes(key)) headers.push(key);
  return { headers, headerLine: firstLine ?? 1, rows, meta: {} };
}

function fieldLine(line: string): { key: string; value: string } | undefined {
  const trimmed = line.trim();
  const bold = FIELD_BOLD.exec(trimmed);
  if (bold && (bold[2] === ':' || bold[3] === ':')) return { key: bold[1]!, value: bold[4]!.trim() };
  const plain = FIELD_PLAIN.exec(trimmed);
  if (plain) return { key: plain[1]!, value: (plain[2] ?? '').trim() };
  return undefined;
}

/** A field's value: emphasis removed; a run of links becomes a list of links. */
function inlineValue(value: string): unknown {
  if (ONLY_LINKS.test(value)) return value.match(/!?\[[^\]]*\]\([^)]*\)/g) ?? [];
  return stripEmphasis(value);
}

function tableAt(
  lines: readonly MarkdownLine[],
  i: number,
): { headers: string[]; headerLine: number; rows: TableRow[]; end: number } | undefined {
  const head = lines[i];
  const rule = lines[i + 1];
  if (!head || !rule || rule.number !== head.number + 1 || !head.text.includes('|')) return undefined;
  if (!/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(rule.text)) return undefined;
  const headers = parseTableRow(head.text).map((h) => stripEmphasis(h));
  const rows: TableRow[] = [];
  let end = i + 1;
  for (let j = i + 2; j < lines.length; j++) {
    const row = lines[j]!;
    if (row.number !== lines[j - 1]!.number + 1 || !row.text.includes('|') || row.text.trim() === '') break;
    const cells = parseTableRow(row.text);
    const values: Record<string, unknown> = {};
    headers.forEach((header, k) => {
      if (header !== '') values[header] = inlineValue(cells[k] ?? '');
    });
    rows.push({ line: row.number, values });
    end = j;
  }
  return { headers, headerLine: head.number, rows, end };
}
