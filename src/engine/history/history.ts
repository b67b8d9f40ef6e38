import { InputError, quote, type Problem } from '../errors.js';
import type { Report } from '../pipeline.js';
import type { Period } from '../schedule/period.js';

/** One scheduled run's figures: a line of the history file. */
export interface HistoryEntry {
  /** `settings.today` of the run, ISO 8601. */
  date: string;
  /** The period id the run belongs to (`2026-Q4`). */
  period: string;
  passed: boolean;
  standards: { standard: string; label: string; percentage: number; gaps: number }[];
  /** Counts of Critical and High risks, when a register was read. */
  risks?: { critical: number; high: number };
}

/** The figures of a report, as one history entry. */
export function historyEntry(report: Report, period: Period): HistoryEntry {
  return {
    date: report.settings.today,
    period: period.id,
    passed: report.passed,
    standards: report.standards.map((s) => ({
      standard: s.standard,
      label: s.label,
      percentage: s.percentage,
      gaps: s.gaps.length,
    })),
    ...(report.risks
      ? { risks: { critical: report.risks.byLevel.critical, high: report.risks.byLevel.high } }
      : {}),
  };
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(v.date) &&
    typeof v.period === 'string' &&
    typeof v.passed === 'boolean' &&
    Array.isArray(v.standards) &&
    v.standards.every(
      (s: unknown) =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as Record<string, unknown>).standard === 'string' &&
        typeof (s as Record<string, unknown>).label === 'string' &&
        typeof (s as Record<string, unknown>).percentage === 'number',
    )
  );
}

/**
 * Reads a JSON-lines history file, every bad line reported at once with its number: a history the
 * gate cannot read is never silently replaced, since it holds the only record of past quarters.
 */
export function parseHistory(text: string, file: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ file, line: i + 1, message: `not a JSON object: ${quote(raw)}` });
      return;
    }
    if (!isEntry(value)) {
      problems.push({
        file,
        line: i + 1,
        message:
          'not a history entry: expected {"date":"YYYY-MM-DD","period":...,"passed":...,"standards":[{"standard","label","percentage"}]}',
      });
      return;
    }
    entries.push(value);
  });
  if (problems.length > 0) throw new InputError(problems);
  return entries;
}

/**
 * The history with this run's entry added. A run on a date already recorded replaces that entry,
 * so re-running a scheduled workflow the same day does not plot the same day twice.
 */
export function appendHistory(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [...entries.filter((e) => e.date !== entry.date), entry].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

/** The history file's text: one JSON object per line, in date order. */
export function renderHistory(entries: readonly HistoryEntry[]): string {
  return entries.map((e) => `${JSON.stringify(e)}\n`).join('');
}
