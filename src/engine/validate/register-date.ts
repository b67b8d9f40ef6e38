import type { Problem } from '../errors.js';
import { normalizeHeader } from '../load/headers.js';
import type { SourceFile } from '../load/source.js';
import { isoDate, isProblem } from './values.js';

const NAMES = new Set(['assessed', 'assessed on', 'assessment date', 'date assessed']);

/**
 * The register-level assessment date of a YAML/JSON register (`assessed: 2026-11-02`), which treatment
 * deadlines count from when a risk has no `identified` date. A malformed date is a problem naming the
 * key and the line it is on.
 */
export function registerDate(
  meta: Record<string, unknown>,
  source: SourceFile,
  problems: Problem[],
): string | undefined {
  const key = Object.keys(meta).find((name) => NAMES.has(normalizeHeader(name)));
  if (key === undefined) return undefined;
  const value = isoDate(meta[key], key);
  if (!isProblem(value)) return value;
  problems.push({ file: source.path, line: lineOfKey(source, key), message: value.message });
  return undefined;
}

function lineOfKey(source: SourceFile, key: string): number | undefined {
  const lines = new TextDecoder().decode(source.bytes).split('\n');
  const pattern = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
  const index = lines.findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
}
