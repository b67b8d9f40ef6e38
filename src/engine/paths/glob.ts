/**
 * A small glob matcher for repository paths (forward slashes, relative to the workspace): `*` and `?`
 * within one path segment, `**` as a whole segment for any depth, `[abc]`/`[!a-z]` classes, `{a,b}`
 * alternatives and `\` to escape. Like shells and `.gitignore`, wildcards do not match a name starting
 * with `.` unless the pattern spells the dot, so `evidence/**` never wanders into `.git`.
 */

const SPECIAL = /[*?[{]/;

/** True when the text uses glob syntax and so names a set of paths rather than one. */
export function isGlob(pattern: string): boolean {
  return SPECIAL.test(pattern.replace(/\\./g, ''));
}

/** The leading segments free of wildcards: the folder a walk for the pattern can start from. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const base: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    base.push(segment);
  }
  return base.join('/');
}

/** Compiles a pattern to a RegExp over whole paths; a malformed class or brace is read literally. */
export function globToRegExp(pattern: string): RegExp {
  const segments = pattern.replace(/\/+$/, '').split('/');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      source += last ? '(?:(?!\\.)[^/]*(?:/(?!\\.)[^/]*)*)?' : '(?:(?!\\.)[^/]*/)*';
      return;
    }
    const hidden = segment.startsWith('.') ? '' : '(?!\\.)';
    source += hidden + segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) {
      out += escapeRegExp(segment[++i]!);
    } else if (c === '*') {
      while (segment[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, (m) => `\\${m}`)}]`;
      i = end;
    } else if (c === '{') {
      const end = matchingBrace(segment, i);
      if (end < 0) {
        out += '\\{';
        continue;
      }
      const options = splitTopLevel(segment.slice(i + 1, end));
      out += `(?:${options.map(segmentSource).join('|')})`;
      i = end;
    } else {
      out += escapeRegExp(c);
    }
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** True when `path` (relative, forward slashes) matches `pattern`. */
export function matchGlob(pattern: string, path: string): boolean {
  return globToRegExp(pattern).test(path);
}
