/**
 * A Markdown table. Cells must already be escaped (see `cell` in escape.ts); `align` takes `l`, `r`
 * or `c` per column.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align?: string,
): string {
  const marks = headers.map((_, i) => {
    const a = align?.[i] ?? 'l';
    return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
  });
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(headers), line(marks), ...rows.map(line)].join('\n');
}

/** `12.5%` with one decimal always, so columns line up and bytes never depend on the float. */
export function pct(value: number): string {
  return `${value.toFixed(1)}%`;
}
