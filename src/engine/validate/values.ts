import type { Problem } from '../errors.js';
import { quote } from '../errors.js';
import { dateHint, formulaHint, numberWordHint } from './hints.js';

/** A cell as trimmed text; numbers and booleans from YAML become their text, empty becomes undefined. */
export function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(text).filter((item) => item !== undefined);
    return items.length > 0 ? items.join('; ') : undefined;
  }
  const s = (typeof value === 'string' ? value : asString(value)).trim();
  return s === '' ? undefined : s;
}

/**
 * A value as text without calling its own `toString`: a YAML map such as `{toString: x}` inside a
 * list would otherwise throw, and a Date would print in the runner's time zone.
 */
function asString(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A list cell: YAML lists as they are; text split on `;`, `,`, `|` or new lines. */
export function list(value: unknown, separators = /[;,|\n]+/): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => list(item, separators));
  const s = text(value);
  if (s === undefined) return [];
  return s
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const YES = new Set(['yes', 'y', 'true', '1', 'applicable', 'x']);
const NO = new Set(['no', 'n', 'false', '0', 'not applicable', 'n/a', 'na', 'excluded']);

/** A yes/no cell; undefined when empty, `problem` when it is neither. */
export function yesNo(value: unknown, field: string): boolean | undefined | Omit<Problem, 'file' | 'line'> {
  if (typeof value === 'boolean') return value;
  const s = text(value)?.toLowerCase();
  if (s === undefined) return undefined;
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return { message: `${field} ${quote(value)} is not yes or no` };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO 8601 calendar date (`2026-03-31`, or a timestamp whose date part is used). Anything else is
 * a problem naming the field, because `03/04/2026` means two different days on two continents.
 */
export function isoDate(value: unknown, field: string): string | undefined | { message: string } {
  // A parser's Date may lie outside 0000-9999 or be invalid; such a value is judged by its text like any other.
  const s = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : text(value);
  if (s === undefined) return undefined;
  // The plain `YYYY-MM-DD` most cells hold is checked without the timestamp pattern: a register of a
  // million rows reads several dates per row.
  const datePart =
    s.length === 10
      ? s
      : /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s)?.[1];
  const match = datePart ? ISO_DATE.exec(datePart) : null;
  if (match && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return datePart;
  return {
    message: `${field} ${quote(s)} is not an ISO 8601 date; write it as YYYY-MM-DD (e.g. 2026-03-31)${dateHint(s)}`,
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year-month-day names a day of the proleptic Gregorian calendar (year 0000-9999). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** An integer from `min` to `max`; words, decimals and out-of-range values are problems. */
export function integerIn(
  value: unknown,
  field: string,
  min: number,
  max: number,
): number | { message: string } {
  const s = text(value);
  if (s === undefined)
    return { message: `${field} is missing; expected a whole number from ${min} to ${max}` };
  const n = /^[+-]?\d+(\.0+)?$/.test(s) ? Number(s) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    return {
      message: `${field} ${quote(s)} is not a whole number from ${min} to ${max}${numberWordHint(s)}${formulaHint(s)}`,
    };
  }
  return n;
}

/** True when a parse helper returned a problem rather than a value. */
export function isProblem(value: unknown): value is { message: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'message' in value;
}
