/**
 * Extra sentences for error messages that recognise what a user most likely meant: a spreadsheet
 * formula exported as text, a number written as a word, a date in a local or serial format. Each
 * returns '' when it recognises nothing, so callers can append it unconditionally.
 */

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `; it looks like a spreadsheet formula ...` for a cell starting with `=`, `+`, `@` or `-` and a letter. */
export function formulaHint(raw: string): string {
  return /^\s*(=|\+|@|-[^\d\s.])/.test(raw)
    ? '; it looks like a spreadsheet formula: export the computed values, not formulas'
    : '';
}

/** `; write it as a digit (3)` for `three`. */
export function numberWordHint(raw: string): string {
  const n = NUMBER_WORDS.indexOf(raw.trim().toLowerCase());
  return n >= 0 ? `; write it as a digit (${n})` : '';
}

/** A reading of a non-ISO date that tells the user what to write instead. */
export function dateHint(raw: string): string {
  const s = raw.trim();
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s));
    // Spreadsheet serial dates count days from 1899-12-30 (the 1900 leap-year bug included).
    const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
    return `; it looks like a spreadsheet date serial number (${date}?): format the column as text YYYY-MM-DD`;
  }
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (dmy) {
    const [a, b, year] = [Number(dmy[1]), Number(dmy[2]), dmy[3]];
    const two = (n: number): string => String(n).padStart(2, '0');
    const readings = [
      a <= 12 && b <= 31 ? `${year}-${two(a)}-${two(b)}` : undefined,
      b <= 12 && a <= 31 ? `${year}-${two(b)}-${two(a)}` : undefined,
    ].filter((r, i, all): r is string => r !== undefined && all.indexOf(r) === i);
    if (readings.length > 0) return `; did you mean ${readings.join(' or ')}?`;
  }
  return '';
}
