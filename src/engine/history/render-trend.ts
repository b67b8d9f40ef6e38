import { inline } from '../render/escape.js';
import { pct } from '../render/markdown/table.js';
import type { HistoryEntry } from './history.js';

/** How many runs the chart plots: enough for several years of quarters, few enough to read. */
export const TREND_POINTS = 20;

function label(text: string): string {
  return `"${text.replace(/["\\]/g, '')}"`;
}

function changeSince(current: HistoryEntry, previous: HistoryEntry | undefined): string[] {
  if (!previous) return ['First recorded period: no earlier figures to compare with.'];
  return current.standards.map((s) => {
    const was = previous.standards.find((p) => p.standard === s.standard);
    if (!was) return `- ${s.label}: ${pct(s.percentage)} (not evaluated in ${inline(previous.period)})`;
    const diff = Math.round((s.percentage - was.percentage) * 10) / 10;
    const sign = diff > 0 ? `▲ +${diff.toFixed(1)}` : diff < 0 ? `▼ ${diff.toFixed(1)}` : '±0.0';
    return `- ${s.label}: ${pct(was.percentage)} → ${pct(s.percentage)} (${sign} pp) since ${inline(previous.period)} (${previous.date})`;
  });
}

/**
 * The trend section: a Mermaid `xychart-beta` line per standard over the recorded runs, and the
 * change since the last run of the previous period. Empty when there is no history.
 */
export function renderTrend(entries: readonly HistoryEntry[]): string {
  const current = entries.at(-1);
  if (!current) return '';
  const previous = entries.filter((e) => e.period !== current.period && e.date < current.date).at(-1);
  const shown = entries.slice(-TREND_POINTS);
  const series = current.standards.map((s) => ({
    label: s.label,
    values: shown.map((e) => e.standards.find((x) => x.standard === s.standard)?.percentage ?? 0),
  }));
  const lines = ['### Trend', '', ...changeSince(current, previous)];
  if (shown.length >= 2) {
    lines.push(
      '',
      '```mermaid',
      'xychart-beta',
      `  title ${label(`Compliance over time (${series.map((s) => s.label).join(', ')})`)}`,
      `  x-axis [${shown.map((e) => label(e.date)).join(', ')}]`,
      '  y-axis "Compliance %" 0 --> 100',
      ...series.map((s) => `  line [${s.values.map((v) => v.toFixed(1)).join(', ')}]`),
      '```',
    );
  }
  return lines.join('\n');
}
