/**
 * Calendar arithmetic on ISO 8601 dates and timestamps, done in UTC milliseconds so results never
 * depend on the machine's time zone.
 */

import { memoize } from './memo.js';

const DAY_MS = 86_400_000;

// Registers repeat a few hundred dates across many rows; each is parsed once. Date.parse of the ISO
// form, unlike Date.UTC, keeps the years 0000-0099 as written instead of moving them to 19xx.
const toTime = memoize((date: string): number => Date.parse(`${date}T00:00:00Z`));

/** Milliseconds since the epoch of a `YYYY-MM-DD` date at 00:00 UTC. */
export function dateMs(date: string): number {
  return toTime(date);
}

/** The `YYYY-MM-DD` of a UTC millisecond instant. */
export function msDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateMs(to) - dateMs(from)) / DAY_MS);
}

/** The date `days` calendar days after `date`. */
export function addDays(date: string, days: number): string {
  return msDate(dateMs(date) + days * DAY_MS);
}

/** The date `months` calendar months after `date`, clamped to the month's last day (Jan 31 + 1 = Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return msDate(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** True for Saturday and Sunday. */
export function isWeekend(date: string): boolean {
  const day = new Date(dateMs(date)).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The date `count` business days after `date`: weekends and the given holidays are skipped, and
 * counting starts the day after, so 5 business days from a Friday is the next Friday.
 */
export function addBusinessDays(
  date: string,
  count: number,
  holidays: ReadonlySet<string> = new Set(),
): string {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (!isWeekend(current) && !holidays.has(current)) left--;
  }
  return current;
}

/** `2026-Q1` for a date. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Every quarter from `first` to `last` inclusive (`2026-Q3`, `2026-Q4`, `2027-Q1`, ...). */
export function quarterRange(first: string, last: string): string[] {
  const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const out: string[] = [];
  for (let i = index(first); i <= index(last); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}
