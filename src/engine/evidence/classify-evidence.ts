import { isGlob } from '../paths/glob.js';
import { resolveFrom } from '../paths/workspace-path.js';

/** One evidence entry of a control, as the gate understands it. */
export type EvidenceItem =
  | { kind: 'url'; written: string; url: string }
  | { kind: 'path'; written: string; path: string }
  | { kind: 'glob'; written: string; pattern: string }
  | { kind: 'reference'; written: string }
  | { kind: 'invalid'; written: string; error: string };

const URL_SHAPE = /^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:)\S+$/i;
const EXTENSION = /\.[a-z][a-z0-9]{0,5}$/i;
const NOT_A_PATH = /^(?:n\/a|n\.a\.|tbd|todo|none|-)$/i;

/** The target of a Markdown link `[text](target "title")` or autolink `<target>`, else the text itself. */
export function linkTarget(entry: string): string {
  const trimmed = entry.trim();
  const link = /^!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*["')])?\s*\)$/.exec(trimmed);
  if (link) return decodeURIComponentSafe(link[1]!);
  const auto = /^<([^>\s]+)>$/.exec(trimmed);
  if (auto) return auto[1]!;
  return trimmed.replace(/^`([^`]+)`$/, '$1');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * True when the text looks like a repository path rather than a document name: no spaces and a
 * slash or a file extension (`policies/access.md`, `evidence/`, `README.md`), or spaces inside a
 * slashed path ending in an extension (`evidence/Board minutes 2026.pdf`). `POL-001 v3`, `MDM Intune`
 * and `SEC-1234` are document references.
 */
export function isPathShaped(text: string): boolean {
  if (NOT_A_PATH.test(text)) return false;
  const slashed = /[\\/]/.test(text);
  if (!/\s/.test(text)) return slashed || EXTENSION.test(text) || isGlob(text);
  return slashed && EXTENSION.test(text) && !/(^|[\\/])\s|\s([\\/]|$)/.test(text);
}

/**
 * Sorts one evidence entry written in `file` into a URL, a path or glob (resolved inside the
 * workspace, relative to the file's folder), a document reference, or an invalid path.
 */
export function classifyEvidence(entry: string, file: string): EvidenceItem {
  const written = entry.trim();
  const target = linkTarget(written);
  if (URL_SHAPE.test(target)) return { kind: 'url', written, url: target };
  if (target.startsWith('#')) return { kind: 'reference', written };
  if (!isPathShaped(target)) return { kind: 'reference', written };
  // An anchor names a place in the file; the file is the evidence.
  const bare = target.replace(/#.*$/, '');
  const resolved = resolveFrom(file, bare);
  if ('error' in resolved) return { kind: 'invalid', written, error: resolved.error };
  return isGlob(bare)
    ? { kind: 'glob', written, pattern: resolved.path }
    : { kind: 'path', written, path: resolved.path };
}
