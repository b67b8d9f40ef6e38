import { InputError } from '../errors.js';

/** How long one gap-analysis issue lasts. */
export type PeriodKind = 'quarter' | 'month';

/** The period kinds users may name. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['quarter', 'month'];

/** A calendar period: `2026-Q4` or `2026-12`. */
export interface Period {
  kind: PeriodKind;
  year: number;
  /** Quarter 1-4 or month 1-12. */
  index: number;
  id: string;
}

function make(kind: PeriodKind, year: number, index: number): Period {
  const id = kind === 'quarter' ? `${year}-Q${index}` : `${year}-${String(index).padStart(2, '0')}`;
  return { kind, year, index, id };
}

/** A period kind as typed; anything else is an error listing the valid ones. */
export function parsePeriodKind(raw: string | undefined, name = 'issue-period'): PeriodKind {
  const value = (raw ?? '').trim().toLowerCase() || 'quarter';
  if (!(PERIOD_KINDS as readonly string[]).includes(value)) {
    throw new InputError(`${name} ${JSON.stringify(raw)} is not one of: ${PERIOD_KINDS.join(', ')}`);
  }
  return value as PeriodKind;
}

/** The period an ISO date (`settings.today`) falls in. */
export function periodOf(date: string, kind: PeriodKind): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return make(kind, year, kind === 'quarter' ? Math.ceil(month / 3) : month);
}

/** The period just before. */
export function previousPeriod(period: Period): Period {
  const last = period.kind === 'quarter' ? 4 : 12;
  return period.index === 1
    ? make(period.kind, period.year - 1, last)
    : make(period.kind, period.year, period.index - 1);
}

/** The title of the period's gap-analysis issue, matched exactly to find it again. */
export function gapIssueTitle(period: Period): string {
  return `ISMS gap analysis ${period.id}`;
}
