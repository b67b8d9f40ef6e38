/** How many levels a record's fields may nest (`residual: {likelihood: 2}` is two). */
export const MAX_RECORD_DEPTH = 8;

/**
 * Where a YAML/JSON text nests its flow brackets (`[` `{`) deepest, ignoring quoted strings: the
 * place to show when a document is too deep to parse.
 */
export function deepestPoint(text: string): { line: number; column: number; depth: number } {
  let depth = 0;
  let best = { line: 1, column: 1, depth: 0 };
  let line = 1;
  let column = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    column++;
    if (char === '\n') {
      line++;
      column = 0;
      continue;
    }
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    // A quote opens a string only where a scalar starts; an apostrophe inside plain text does not.
    if ((char === '"' || char === "'") && /^$|[\s[{,:]/.test(text[i - 1] ?? '')) quote = char;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth > best.depth) best = { line, column, depth };
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return best;
}
