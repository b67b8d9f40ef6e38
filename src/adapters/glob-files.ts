import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { globBase, globToRegExp } from '../engine/paths/glob.js';

/** A walk stops after this many directory entries, so a pattern like `**` over a huge tree cannot hang the gate. */
export const MAX_WALK_ENTRIES = 200_000;

const SKIPPED = new Set(['.git', 'node_modules']);

/**
 * The files under `root` matching a workspace-relative glob pattern, sorted by code point so every
 * run lists them in the same order. Walks only below the pattern's literal prefix; skips `.git` and
 * `node_modules`; follows no symbolic link to a folder, so a link loop cannot trap it.
 */
export function globFiles(root: string, pattern: string): string[] {
  const matcher = globToRegExp(pattern);
  const base = globBase(pattern);
  const out: string[] = [];
  let budget = MAX_WALK_ENTRIES;
  const walk = (relative: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (--budget < 0) return;
      if (SKIPPED.has(entry.name)) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          isFile = statSync(join(root, path)).isFile();
        } catch {
          continue;
        }
      }
      if (entry.isDirectory()) walk(path);
      else if (isFile && matcher.test(path)) out.push(path);
    }
  };
  walk(base);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
