import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../src/engine/load/source.js';

/** The repository root, from which tests read fixtures and examples. */
export const ROOT = process.cwd();

/** A fixture as an adapter would hand it to the engine: its repository-relative path and its bytes. */
export function fixture(path: string): SourceFile {
  return { path, bytes: readFileSync(join(ROOT, path)) };
}

/** A source file made from text, for cases too small to deserve a fixture file. */
export function source(path: string, text: string): SourceFile {
  return { path, bytes: new TextEncoder().encode(text) };
}
