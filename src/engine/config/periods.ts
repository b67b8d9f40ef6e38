import { addDays, addMonths } from '../dates.js';

/** A review period as written in front matter or config: `12 months`, `1 year`, `90 days`, `6w`. */
export interface Period {
  amount: number;
  unit: 'days' | 'weeks' | 'months' | 'years';
}

const UNITS: Record<string, Period['unit']> = {
  d: 'days',
  day: 'days',
  days: 'days',
  w: 'weeks',
  week: 'weeks',
  weeks: 'weeks',
  m: 'months',
  mo: 'months',
  month: 'months',
  months: 'months',
  y: 'years',
  yr: 'years',
  year: 'years',
  years: 'years',
};

/** Reads a period; a bare number is days. Undefined when the text is not one. */
export function parsePeriod(raw: unknown): Period | undefined {
  if (typeof raw === 'number')
    return Number.isInteger(raw) && raw > 0 ? { amount: raw, unit: 'days' } : undefined;
  if (typeof raw !== 'string') return undefined;
  const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(raw);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2] === '' ? 'days' : UNITS[match[2]!.toLowerCase()];
  return unit && amount > 0 ? { amount, unit } : undefined;
}

/** The date a period after `date`: months and years by the calendar. */
export function addPeriod(date: string, period: Period): string {
  if (period.unit === 'days') return addDays(date, period.amount);
  if (period.unit === 'weeks') return addDays(date, period.amount * 7);
  return addMonths(date, period.unit === 'months' ? period.amount : period.amount * 12);
}

/** `12 months`, `1 year`. */
export function formatPeriod(period: Period): string {
  const unit = period.amount === 1 ? period.unit.slice(0, -1) : period.unit;
  return `${period.amount} ${unit}`;
}

/**
 * A duration for response clocks (`0h`, `1h`, `15m`, `90s`, `2d`, or a number of hours) in seconds;
 * undefined when the text is not one.
 */
export function parseDurationSeconds(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw >= 0 ? Math.round(raw * 3600) : undefined;
  if (typeof raw !== 'string') return undefined;
  const match =
    /^\s*(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)?\s*$/i.exec(raw);
  if (!match) return undefined;
  const n = Number(match[1]);
  const unit = (match[2] ?? 'h').toLowerCase()[0];
  const factor = unit === 's' ? 1 : unit === 'm' ? 60 : unit === 'h' ? 3600 : 86400;
  return Math.round(n * factor);
}
