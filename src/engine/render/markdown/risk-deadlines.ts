import type { RiskReview } from '../../evaluate/review-risks.js';
import { cell } from '../escape.js';
import { LEVEL_BADGE } from './labels.js';
import { table } from './table.js';
import { STATE_LABEL } from './treatment-status.js';

const owner = (r: RiskReview) => cell(r.risk.owner) || '_unassigned_';

/** Treatments past their due date, most overdue first, with owners and days. */
export function renderOverdue(items: readonly RiskReview[]): string {
  const overdue = items
    .filter((r) => r.daysOverdue !== undefined)
    .sort(
      (a, b) =>
        b.daysOverdue! - a.daysOverdue! || a.risk.id.localeCompare(b.risk.id, 'en', { numeric: true }),
    );
  const heading = `### Overdue treatments (${overdue.length})`;
  if (overdue.length === 0) return `${heading}\n\nNo treatment is past its due date.`;
  const rows = overdue.map((r) => [
    cell(r.risk.id),
    LEVEL_BADGE[r.risk.level],
    owner(r),
    cell(r.risk.due),
    String(r.daysOverdue),
    STATE_LABEL[r.state],
  ]);
  return [
    heading,
    '',
    table(['Risk', 'Level', 'Owner', 'Due', 'Days overdue', 'Status'], rows, 'llllrl'),
  ].join('\n');
}

/** Risks past their plan deadline with no plan yet. */
export function renderMissedDeadlines(items: readonly RiskReview[]): string {
  const missed = items
    .filter((r) => !r.hasPlan && r.deadline !== undefined && r.deadline.daysPast > 0)
    .sort(
      (a, b) =>
        b.deadline!.daysPast - a.deadline!.daysPast ||
        a.risk.id.localeCompare(b.risk.id, 'en', { numeric: true }),
    );
  if (missed.length === 0) return '';
  const rows = missed.map((r) => [
    cell(r.risk.id),
    LEVEL_BADGE[r.risk.level],
    owner(r),
    r.deadline!.date,
    String(r.deadline!.daysPast),
  ]);
  return [
    `### Treatment plans past their deadline (${missed.length})`,
    '',
    table(['Risk', 'Level', 'Owner', 'Plan deadline', 'Days past'], rows, 'llllr'),
  ].join('\n');
}

/** Acceptances expired or expiring within `noticeDays`, soonest first. */
export function renderExpiringAcceptances(items: readonly RiskReview[], noticeDays: number): string {
  const expiring = items
    .filter((r) => r.acceptanceDaysLeft !== undefined && r.acceptanceDaysLeft <= noticeDays)
    .sort(
      (a, b) =>
        a.acceptanceDaysLeft! - b.acceptanceDaysLeft! ||
        a.risk.id.localeCompare(b.risk.id, 'en', { numeric: true }),
    );
  const heading = `### Risk acceptances expired or expiring within ${noticeDays} days (${expiring.length})`;
  if (expiring.length === 0) return `${heading}\n\nNo acceptance expires within ${noticeDays} days.`;
  const rows = expiring.map((r) => [
    cell(r.risk.id),
    LEVEL_BADGE[r.risk.level],
    cell(r.risk.acceptedBy) || '_not recorded_',
    owner(r),
    cell(r.risk.acceptanceExpires),
    r.acceptanceDaysLeft! < 0 ? `expired ${-r.acceptanceDaysLeft!} days ago` : String(r.acceptanceDaysLeft),
  ]);
  return [
    heading,
    '',
    table(['Risk', 'Level', 'Accepted by', 'Owner', 'Expires', 'Days left'], rows, 'lllllr'),
  ].join('\n');
}
