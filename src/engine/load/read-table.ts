import { InputError } from '../errors.js';
import { readCsv } from './csv-table.js';
import { readMarkdownTable } from './markdown-register.js';
import { readMarkdown } from './markdown-table.js';
import { decodeText } from './decode.js';
import { detectFormat, type SourceFile } from './source.js';
import { readStructured, type RecordShape } from './structured-table.js';
import type { Table } from './table.js';

/** Reads any tabular ISMS file (CSV, YAML, JSON, Markdown) into records with line numbers. */
export function readTable(source: SourceFile, shape: RecordShape): Table {
  const text = decodeText(source.bytes, source.path);
  if (text.trim() === '') {
    throw new InputError([
      { file: source.path, line: 1, message: 'file is empty: expected a header row and at least one record' },
    ]);
  }
  const format = detectFormat(source.path, text);
  if (format === 'csv') return readCsv(text, source.path);
  if (format === 'markdown') {
    return shape.markdownTable
      ? readMarkdownTable(text, source.path, shape.listKeys)
      : readMarkdown(text, source.path, shape);
  }
  return readStructured(text, source.path, shape);
}
