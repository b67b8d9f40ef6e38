import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError, quote } from '../errors.js';
import { yamlSyntaxProblems } from './located-yaml.js';
import { MAX_RECORD_DEPTH, nestingProblem } from './nesting.js';
import type { Table, TableRow } from './table.js';

/** How to find the records in a YAML/JSON document. */
export interface RecordShape {
  /** Keys that may hold the list (or map) of records, e.g. `controls`. */
  listKeys: readonly string[];
  /** In the map form (`5.1: {status: ...}` or `5.1: implemented`), the field the key becomes. */
  keyField: string;
  /** In the map form with scalar values, the field the value becomes. */
  valueField: string;
  /** Header names of the id column: a Markdown table without one is prose (a revision history), not records. */
  idHeaders?: readonly string[];
  /**
   * In Markdown, the records are the one table under a heading naming them (a register as
   * `risk-assess` writes it) rather than control sections and id tables.
   */
  markdownTable?: boolean;
}

/**
 * A YAML or JSON file (JSON is read by the YAML parser so every record keeps its line) into records.
 * Accepts a list of records, a map holding such a list under one of `shape.listKeys`, or a map keyed
 * by id. Nested objects flatten into `parent child` keys, so `residual: {likelihood: 2}` reads as
 * `residual likelihood`. Aliases are capped, so an alias bomb is an error rather than a hang.
 */
export function readStructured(text: string, file: string, shape: RecordShape): Table {
  const deep = nestingProblem(text);
  if (deep) throw new InputError([{ file, ...deep }]);
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(file);
    throw error;
  }
  if (doc.errors.length > 0) {
    if (doc.errors.some((error) => /call stack/i.test(error.message))) throw tooDeep(file);
    throw new InputError(yamlSyntaxProblems(doc.errors, lineCounter, file, 'YAML/JSON'));
  }
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  const toJS = (node: unknown): unknown => {
    try {
      return isNode(node) ? node.toJS(doc, { maxAliasCount: 100 }) : node;
    } catch (error) {
      if (error instanceof RangeError) throw tooDeep(file);
      const line = isNode(node) ? lineOf(node) : undefined;
      if (/alias/i.test((error as Error).message)) {
        throw new InputError([
          {
            file,
            line,
            message:
              'YAML aliases expand too far (more than 100 expansions in one record: an alias bomb?); write the records out instead of nesting aliases',
          },
        ]);
      }
      throw new InputError([{ file, line, message: `cannot read YAML: ${(error as Error).message}` }]);
    }
  };

  const root = doc.contents;
  const meta: Record<string, unknown> = {};
  let records: Node | null | undefined = root;
  if (isMap(root)) {
    const listPair = root.items.find(
      (pair) => isScalar(pair.key) && shape.listKeys.includes(String(pair.key.value).toLowerCase()),
    );
    if (listPair) {
      records = listPair.value as Node;
      for (const pair of root.items) {
        if (pair !== listPair && isScalar(pair.key) && isScalar(pair.value)) {
          meta[String(pair.key.value)] = toJS(pair.value);
        }
      }
    }
  }

  const rows: TableRow[] = [];
  if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { headers: [], headerLine: 1, rows, meta };
  }
  if (isSeq(records)) {
    for (const item of records.items) {
      const value = toJS(item);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new InputError([
          {
            file,
            line: lineOf(item as Node),
            message: `expected a record (key: value pairs), found ${quote(value)}`,
          },
        ]);
      }
      rows.push({
        line: lineOf(item as Node),
        values: flatten(value as Record<string, unknown>, file, lineOf(item as Node)),
      });
    }
  } else if (isMap(records)) {
    for (const pair of records.items) {
      const key = toJS(pair.key);
      const value = toJS(pair.value);
      const line = lineOf(pair.key as Node);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        rows.push({
          line,
          values: { [shape.keyField]: key, ...flatten(value as Record<string, unknown>, file, line) },
        });
      } else {
        rows.push({ line, values: { [shape.keyField]: key, [shape.valueField]: value } });
      }
    }
  } else {
    throw new InputError([
      {
        file,
        line: lineOf(records as Node),
        message: `expected a list of records, or a map with a ${shape.listKeys.map((k) => `"${k}"`).join(' or ')} key`,
      },
    ]);
  }
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row.values)) {
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
    }
  }
  return { headers, headerLine: rows[0]?.line ?? 1, rows, meta };
}

function flatten(
  record: Record<string, unknown>,
  file: string,
  line: number,
  prefix = '',
  depth = 1,
): Record<string, unknown> {
  if (depth > MAX_RECORD_DEPTH) {
    throw new InputError([
      {
        file,
        line,
        message: `record nests more than ${MAX_RECORD_DEPTH} levels deep (at ${quote(prefix)}); a record is a flat map of fields, with at most a few levels such as residual: {likelihood: 2}`,
      },
    ]);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix} ${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
      Object.assign(out, flatten(value as Record<string, unknown>, file, line, name, depth + 1));
    } else {
      out[name] = value;
    }
  }
  return out;
}

function tooDeep(file: string): InputError {
  return new InputError([
    { file, message: 'the document nests too deeply to read; records are flat maps of fields' },
  ]);
}
