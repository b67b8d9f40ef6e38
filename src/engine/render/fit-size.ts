/** GitHub refuses issue and pull request comment bodies longer than this many characters. */
export const COMMENT_LIMIT_CHARS = 65_536;

/** GitHub refuses a step's job summary larger than this many bytes (1 MiB). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** How to cut a report that is too long. */
export interface FitOptions {
  /** The most the result may hold. */
  limit: number;
  /** Whether `limit` counts UTF-16 characters (comments) or UTF-8 bytes (the job summary). */
  unit: 'chars' | 'bytes';
  /** The sentence that says where the whole report is, appended (in italics) when something was cut. */
  pointer: string;
}

const encoder = new TextEncoder();

function measure(text: string, unit: FitOptions['unit']): number {
  return unit === 'chars' ? text.length : encoder.encode(text).length;
}

/** The report split before each `##`/`###` heading: the sections a cut may fall between. */
function sections(markdown: string): string[] {
  return markdown.split(/\n(?=#{2,3} )/);
}

/**
 * A Markdown report cut to fit a size limit: whole sections are kept in order while they fit, and
 * the note saying where the full report is takes the place of the rest. When even the first section
 * is too long, it is cut at a line end and an open `<details>` fold is closed, so the text still
 * renders. A report that fits is returned unchanged. Pure: the same input gives the same bytes.
 */
export function fitToSize(markdown: string, options: FitOptions): string {
  if (measure(markdown, options.unit) <= options.limit) return markdown;
  const note = `\n\n_${options.pointer}_\n`;
  const room = options.limit - measure(note, options.unit);
  if (room <= 0) return note.trimStart().slice(0, Math.max(0, options.limit));
  const parts = sections(markdown);
  let kept = '';
  for (const part of parts) {
    const next = kept === '' ? part : `${kept}\n${part}`;
    if (measure(next, options.unit) > room) break;
    kept = next;
  }
  if (kept === '') kept = cutLines(parts[0]!, room - measure('\n\n</details>', options.unit), options.unit);
  return `${kept.trimEnd()}${note}`;
}

/** The longest run of whole lines of `text` within `room`, with a `<details>` it opened closed again. */
function cutLines(text: string, room: number, unit: FitOptions['unit']): string {
  const lines = text.split('\n');
  let kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    const cost = measure(line, unit) + 1;
    if (size + cost > room) break;
    kept.push(line);
    size += cost;
  }
  if (kept.length === 0) return '';
  const opened = kept.filter((l) => /^<details[ >]/.test(l)).length;
  const closed = kept.filter((l) => l.startsWith('</details>')).length;
  if (opened > closed) kept = [...kept, '', '</details>'];
  return kept.join('\n');
}
