import { LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { InputError, type Problem } from '../errors.js';
import { nestingProblem } from './nesting.js';

/** A parsed YAML or JSON document that can tell the line of any of its nodes. */
export interface LocatedDocument {
  doc: Document;
  lineOf(node: unknown): number | undefined;
}

/**
 * The parser's syntax errors as problems at their line and column. Positions come from the line
 * counter because `prettyErrors: false` leaves the errors' own `linePos` unset.
 */
export function yamlSyntaxProblems(
  errors: readonly YAMLError[],
  lineCounter: LineCounter,
  file: string,
  label: string,
): Problem[] {
  return errors.map((error) => {
    const at = lineCounter.linePos(error.pos[0]);
    return {
      file,
      line: at.line,
      column: at.col,
      message: `${label} syntax error: ${error.message.split('\n')[0]}`,
    };
  });
}

/**
 * Parses YAML or JSON (JSON through the YAML parser, so every node keeps its line); a document nested
 * too deeply is refused unread, and syntax errors carry file:line:column under `label` (`YAML/JSON`).
 */
export function parseLocated(text: string, file: string, label = 'YAML/JSON'): LocatedDocument {
  const deep = nestingProblem(text);
  if (deep) throw new InputError([{ file, ...deep }]);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) throw new InputError(yamlSyntaxProblems(doc.errors, lineCounter, file, label));
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as Node | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  return { doc, lineOf };
}
