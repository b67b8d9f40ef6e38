/** A line of a Markdown document that carries content, with its 1-based line number. */
export interface MarkdownLine {
  number: number;
  text: string;
}

/**
 * The lines of a Markdown document a reader should look at: front matter, fenced code blocks and
 * HTML comments are dropped (their line numbers are kept on the rest), so an example inside a code
 * fence is never mistaken for a control.
 */
export function markdownLines(text: string): MarkdownLine[] {
  const raw = text.split(/\r\n|\r|\n/);
  const out: MarkdownLine[] = [];
  let i = 0;
  if (raw[0]?.trim() === '---') {
    const end = raw.findIndex((line, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (end > 0) i = end + 1;
  }
  let fence: string | undefined;
  let comment = false;
  for (; i < raw.length; i++) {
    let line = raw[i]!;
    if (fence) {
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1]!;
      continue;
    }
    if (comment) {
      const close = line.indexOf('-->');
      if (close < 0) continue;
      comment = false;
      line = line.slice(close + 3);
    }
    line = line.replace(/<!--.*?-->/g, '');
    const start = line.indexOf('<!--');
    if (start >= 0) {
      comment = true;
      line = line.slice(0, start);
    }
    out.push({ number: i + 1, text: line });
  }
  return out;
}

/** The cells of a GitHub-flavoured table row; `\|` is a literal bar, outer bars are optional. */
export function parseTableRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && body[i + 1] === '|') {
      current += '|';
      i++;
    } else if (c === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  cells.push(current.trim());
  return cells;
}

/** Text with the emphasis, code marks and `<br>`s a writer wraps values in removed. */
export function stripEmphasis(text: string): string {
  let out = text.trim().replace(/<br\s*\/?>/gi, ' ');
  for (;;) {
    const wrapped = /^(\*\*|__|\*|_|`|~~)(.+)\1$/.exec(out);
    if (!wrapped) break;
    out = wrapped[2]!.trim();
  }
  return out.replace(/\*\*(.+?)\*\*/g, '$1').trim();
}
