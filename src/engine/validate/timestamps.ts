import { quote } from '../errors.js';
import type { Instant } from '../model.js';
import { text } from './values.js';

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An ISO 8601 date and time (`2026-03-06T14:05:00Z`, `2026-03-06 14:05+01:00`); without an offset it
 * is read as UTC, so a register kept in one zone compares correctly with itself. A date alone is a
 * problem: the seed's clocks are minutes and hours, which a date cannot show.
 */
export function parseInstant(value: unknown, field: string): Instant | undefined | { message: string } {
  const s = value instanceof Date ? value.toISOString() : text(value);
  if (s === undefined) return undefined;
  const m = TIMESTAMP.exec(s);
  if (m) {
    const [y, mo, d, h, mi, se] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as number[];
    const ms = Number((m[7] ?? '0').padEnd(3, '0'));
    const local = Date.UTC(y!, mo! - 1, d!, h!, mi!, se!, ms);
    const check = new Date(local);
    const valid =
      check.getUTCFullYear() === y &&
      check.getUTCMonth() === mo! - 1 &&
      check.getUTCDate() === d &&
      h! < 24 &&
      mi! < 60 &&
      se! < 60;
    if (valid) {
      const zone = m[8]?.toUpperCase();
      let offset = 0;
      if (zone && zone !== 'Z') {
        const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
        offset = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)) * 60_000;
      }
      return { text: s, ms: local - offset, date: s.slice(0, 10) };
    }
  }
  const hint = /^\d{4}-\d{2}-\d{2}$/.test(s) ? '; add the time of day' : '';
  return {
    message: `${field} ${quote(s)} is not an ISO 8601 date and time${hint} (e.g. 2026-03-06T14:05:00Z or 2026-03-06 14:05+01:00)`,
  };
}
