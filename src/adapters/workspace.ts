import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../engine/errors.js';
import type { SourceFile } from '../engine/load/source.js';

/** Files larger than this are refused before reading, so a stray dump cannot exhaust memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * The folder user files are read from. Every path is resolved inside it: `..` escapes and absolute
 * paths elsewhere are errors, so a workflow input cannot make the gate read the runner's secrets.
 */
export class Workspace {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The absolute path of `path`, which must stay inside the workspace. */
  resolve(path: string, what = 'file'): string {
    const absolute = resolve(this.root, path);
    const rel = relative(this.root, absolute);
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new InputError(
        `${what} ${JSON.stringify(path)} is outside the workspace ${this.root}; give a path inside it`,
      );
    }
    return absolute;
  }

  /** The path as reports show it: relative to the workspace, with forward slashes. */
  display(path: string): string {
    return relative(this.root, this.resolve(path)).split(sep).join('/') || '.';
  }

  /** True when `path` is an existing file inside the workspace. */
  exists(path: string): boolean {
    try {
      return statSync(this.resolve(path)).isFile();
    } catch {
      return false;
    }
  }

  /** Reads a user's file, with a clear error when it is missing, a folder, or too large. */
  read(path: string, what = 'file'): SourceFile {
    const absolute = this.resolve(path, what);
    const shown = this.display(path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new InputError([
        { file: shown, message: `${what} not found: ${JSON.stringify(path)} does not exist in ${this.root}` },
      ]);
    }
    if (stats.isDirectory()) {
      throw new InputError([
        { file: shown, message: `${what} ${JSON.stringify(path)} is a folder; give a file` },
      ]);
    }
    if (stats.size > MAX_FILE_BYTES) {
      throw new InputError([
        {
          file: shown,
          message: `${what} is ${stats.size} bytes; the limit is ${MAX_FILE_BYTES} bytes (256 MiB)`,
        },
      ]);
    }
    return { path: shown, bytes: readFileSync(absolute) };
  }
}
