/** How many levels a record's fields may nest (`residual: {likelihood: 2}` is two). */
export const MAX_RECORD_DEPTH = 8;

/** Flow brackets (`[` `{`) a YAML/JSON document may nest before it is refused unread. */
export const MAX_FLOW_DEPTH = 100;

/** Columns of indentation (block nesting, compact `- - -` included) a line may have before the file is refused. */
export const MAX_INDENT = 200;

/** Where a document nests too deeply, and a sentence saying so. */
export interface NestingProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Refuses a document nested absurdly deep before the YAML parser recurses into it: past a few
 * thousand levels the parser exhausts the stack, and a stack exhausted inside the regular expression
 * engine can leave the process unable to compile one again. No real ISMS file nests this deep.
 */
export function nestingProblem(text: string): NestingProblem | undefined {
  let depth = 0;
  let line = 1;
  let column = 0;
  let indent = 0;
  let atIndent = true;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    column++;
    if (char === '\n') {
      line++;
      column = 0;
      indent = 0;
      atIndent = true;
      continue;
    }
    if (atIndent) {
      if (char === ' ' || char === '\t' || (char === '-' && text[i + 1] === ' ')) {
        indent++;
        if (indent > MAX_INDENT) {
          return {
            line,
            column,
            message: `line is indented more than ${MAX_INDENT} columns deep (nested lists or maps); records are flat maps of fields`,
          };
        }
      } else atIndent = false;
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
      if (depth > MAX_FLOW_DEPTH) {
        return {
          line,
          column,
          message: `the document nests more than ${MAX_FLOW_DEPTH} brackets deep; records are flat maps of fields`,
        };
      }
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}
