/**
 * Fast readers for the CSV most spreadsheets export, each agreeing with csv-parse record for record
 * (property tests hold them to it). They return undefined for anything unusual, and the caller then
 * asks csv-parse, whose errors are turned into located messages: speed never changes an answer.
 */

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The line ending csv-parse would settle on: the first one in the text (CRLF, LF or CR). */
function lineEnding(text: string, from = 0): string {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return '\n';
    if (c === CR) return text.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
  }
  return '\n';
}

/** A CSV without a quote character: split on the first line ending the file uses, then on the delimiter. */
export function splitPlain(text: string, delimiter: string): string[][] {
  const lines = text.split(lineEnding(text));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split(delimiter));
}

/**
 * A CSV with quoted fields (RFC 4180: `""` inside quotes is one quote, line breaks inside quotes are
 * data). Undefined on any quoting mistake, or a line ending other than the file's first outside quotes.
 */
export function splitQuoted(text: string, delimiter: string): string[][] | undefined {
  const d = delimiter.charCodeAt(0);
  const records: string[][] = [];
  let record: string[] = [];
  let eol: string | undefined;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      let out = '';
      let start = i + 1;
      let j = start;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return undefined;
        if (text.charCodeAt(q + 1) === QUOTE) {
          out += text.slice(start, q + 1);
          start = j = q + 2;
          continue;
        }
        out += text.slice(start, q);
        i = q + 1;
        break;
      }
      value = out;
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === d || c === LF || c === CR) break;
        if (c === QUOTE) return undefined;
        i++;
      }
      value = text.slice(start, i);
    }
    record.push(value);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i === n) record.push('');
      continue;
    }
    if (c !== LF && c !== CR) return undefined;
    eol ??= lineEnding(text, i);
    if (!text.startsWith(eol, i)) return undefined;
    records.push(record);
    record = [];
    i += eol.length;
  }
  if (record.length > 0) records.push(record);
  return records;
}
