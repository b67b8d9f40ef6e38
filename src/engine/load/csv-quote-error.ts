/** Where a CSV's quoting goes wrong, found by the same rules csv-parse applies (RFC 4180). */
export interface QuoteError {
  kind: 'not-closed' | 'text-after-quote' | 'quote-in-unquoted';
  line: number;
  column: number;
  /** The field's text up to the problem, for the message. */
  field: string;
}

/**
 * Scans a CSV for the first quoting mistake and returns its line and column (1-based, characters):
 * for a field that is never closed, where its opening quote stands, which is where the user must look
 * (csv-parse only knows it reached the end of the file).
 */
export function locateQuoteError(text: string, delimiter: string): QuoteError | undefined {
  let line = 1;
  let column = 1;
  let atFieldStart = true;
  let quoted = false;
  let open = { line: 1, column: 1, start: 0 };
  let fieldStart = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        const next = text[i + 1];
        if (next === '"') {
          i++;
          column += 2;
          continue;
        }
        quoted = false;
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          return {
            kind: 'text-after-quote',
            line,
            column: column + 1,
            field: text.slice(open.start, i + 2),
          };
        }
      }
    } else if (char === '"') {
      if (atFieldStart) {
        quoted = true;
        open = { line, column, start: i };
      } else {
        return { kind: 'quote-in-unquoted', line, column, field: text.slice(fieldStart, i + 1) };
      }
    } else if (char === delimiter || char === '\n' || char === '\r') {
      atFieldStart = true;
      fieldStart = i + 1;
      if (char === '\n') {
        line++;
        column = 1;
      } else column++;
      continue;
    }
    atFieldStart = false;
    if (char === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  if (quoted) {
    return {
      kind: 'not-closed',
      line: open.line,
      column: open.column,
      field: text.slice(open.start, open.start + 40),
    };
  }
  return undefined;
}

/** The sentence that explains a quoting mistake and how to fix it. */
export function describeQuoteError(error: QuoteError): string {
  const firstLine = error.field.split(/\r?\n/, 1)[0]!;
  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 37)}...` : firstLine;
  const field = JSON.stringify(firstLine !== error.field && shown === firstLine ? `${shown}...` : shown);
  if (error.kind === 'not-closed') {
    return `CSV syntax error: the quoted field starting ${field} is never closed (an unbalanced \`"\`); close it, or double a quote inside it (\`""\`)`;
  }
  if (error.kind === 'text-after-quote') {
    return `CSV syntax error: text follows the closing quote of ${field}; a quoted field must end at a delimiter, and a quote inside it is written twice (\`""\`)`;
  }
  return `CSV syntax error: a quote inside the unquoted field ${field}; quote the whole field and double the inner quote (\`"a ""b"" c"\`)`;
}
