import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import { InputError } from '../../errors.js';

/** A parsed YAML or JSON document that can tell the line of any of its nodes. */
export interface LocatedDocument {
  doc: Document;
  lineOf(node: unknown): number | undefined;
}

/** Parses YAML or JSON (JSON through the YAML parser, so every node keeps its line); syntax errors carry file:line:column. */
export function parseLocated(text: string, file: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        column: lineCounter.linePos(error.pos[0]).col,
        message: `YAML/JSON syntax error: ${error.message.split('\n')[0]}`,
      })),
    );
  }
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as Node | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  return { doc, lineOf };
}

/** The value node under `key` in a map node, or undefined. */
export function child(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  const pair = (map as YAMLMap).items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.value ?? undefined) as Node | undefined;
}

/** The keys of a map node, as text. */
export function keysOf(map: unknown): string[] {
  return isMap(map) ? map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key))) : [];
}

/** The text of a scalar node (numbers become their text), or undefined when absent, empty or not a scalar. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const text = String(node.value).trim();
  return text === '' ? undefined : text;
}

/** The items of a sequence node, or undefined when it is not one. */
export function items(node: unknown): Node[] | undefined {
  return isSeq(node) ? (node.items as Node[]) : undefined;
}
