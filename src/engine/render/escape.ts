/**
 * Escaping for every place a string from a user's file lands. Controls, owners and risk descriptions
 * are written by many people; a `|` must not break a table, `<script>` or `<!-- isms-gate -->` must not
 * become markup (or spoof the sticky comment's marker), and `@team` must not ping anyone.
 */

const MAX_CELL = 200;

/** Text for a Markdown table cell: one line, no markup, no mentions, at most 200 characters. */
export function cell(value: string | number | undefined | null): string {
  if (value === undefined || value === null || value === '') return '';
  let text = String(value).replace(/\s*[\r\n]+\s*/g, ' ');
  // Cut by code point, so an emoji at the edge is dropped whole rather than left as half a surrogate pair.
  if (text.length > MAX_CELL) text = `${text.slice(0, MAX_CELL - 1).replace(/[\ud800-\udbff]$/, '')}…`;
  return inline(text);
}

/**
 * Text for Markdown prose: one line (a line break could start a heading or a list of its own),
 * emphasis, code, link and table characters escaped, HTML neutralised, mentions defused.
 */
export function inline(value: string): string {
  return value
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/@(?=[\w-])/g, '@\u200b');
}

/** Text for HTML content or an attribute value; mentions defused, since GitHub links them in HTML too. */
export function html(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@(?=[\w-])/g, '@\u200b');
}
