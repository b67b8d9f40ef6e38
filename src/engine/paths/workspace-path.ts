import { posix } from 'node:path';

/** A path resolved inside the workspace, or why it cannot be. */
export type ResolvedPath = { path: string } | { error: string };

/** True for `/x`, `\x`, `C:\x`, `C:/x`, `\\server\share` and `~/x`: paths that ignore the folder they are written in. */
export function isAbsoluteLike(path: string): boolean {
  return /^([\\/]|[a-z]:[\\/]|~[\\/]|~$)/i.test(path);
}

/**
 * Resolves `path` as written in the file `from` (both relative to the workspace, forward slashes):
 * relative to that file's folder, the way links in Markdown resolve. Absolute paths and paths that
 * climb out of the workspace with `..` are refused, so a controls file cannot point the gate at the
 * runner's own files.
 */
export function resolveFrom(from: string, path: string): ResolvedPath {
  const written = path.replace(/\\/g, '/').trim();
  if (isAbsoluteLike(path.trim())) {
    return { error: `${JSON.stringify(path)} is an absolute path; write it relative to ${fileFolder(from)}` };
  }
  const joined = posix.normalize(posix.join(posix.dirname(from), written));
  if (joined === '..' || joined.startsWith('../')) {
    return {
      error: `${JSON.stringify(path)} leaves the workspace (it resolves to ${JSON.stringify(joined)})`,
    };
  }
  const clean = joined.replace(/\/+$/, '');
  return { path: clean === '' ? '.' : clean };
}

function fileFolder(file: string): string {
  const dir = posix.dirname(file);
  return dir === '.' ? 'the workspace root' : `the folder ${dir}/`;
}
