import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Workspace } from '../../adapters/workspace.js';
import {
  appendHistory,
  historyEntry,
  parseHistory,
  renderHistory,
  type HistoryEntry,
} from '../../engine/history/history.js';
import type { Report } from '../../engine/pipeline.js';
import type { Period } from '../../engine/schedule/period.js';

/**
 * Appends this run's figures to the JSON-lines history file (created if absent, inside the
 * workspace) and returns every entry for the trend. An unreadable history is an input error: it is
 * the only record of past periods and is never overwritten.
 */
export function appendHistoryFile(
  workspace: Workspace,
  path: string,
  report: Report,
  period: Period,
): HistoryEntry[] {
  const absolute = workspace.resolve(path, 'input `history`');
  const shown = workspace.display(path);
  const before = existsSync(absolute) ? parseHistory(readFileSync(absolute, 'utf8'), shown) : [];
  const entries = appendHistory(before, historyEntry(report, period));
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, renderHistory(entries));
  return entries;
}
