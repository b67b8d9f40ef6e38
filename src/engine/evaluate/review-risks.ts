import type { ControlEntry, RiskEntry, RiskState, Status } from '../model.js';
import type { Settings } from '../settings.js';
import { DONE_STATES } from '../validate/risk-status.js';
import { addDays, daysBetween } from '../dates.js';
import { residualRisk, type Residual } from './residual.js';

/** Default days to a treatment plan by level (the seed's script: Critical 7, High 30, Medium 90). */
export const DEFAULT_TREATMENT_DAYS = { critical: 7, high: 30, medium: 90 } as const;

/** Default number of days ahead an expiring acceptance is listed. */
export const DEFAULT_ACCEPTANCE_NOTICE_DAYS = 30;

/** Statuses a treatment cannot rely on: the control does nothing yet (or is out of scope). */
const INEFFECTIVE: ReadonlySet<Status> = new Set([
  'not-implemented',
  'planned',
  'not-applicable',
  'not-assessed',
]);

/** A control a risk's treatment relies on, with the status the controls file gives it. */
export interface LinkedControl {
  id: string;
  status: Status;
  file?: string;
  line?: number;
}

/** A treatment deadline: the date a plan was due, counted from `identified` or the register's `assessed`. */
export interface Deadline {
  date: string;
  days: number;
  from: 'identified' | 'assessed';
  /** today - deadline: positive once the deadline has passed. */
  daysPast: number;
}

/** Everything the treatment rules and the report need to know about one risk. */
export interface RiskReview {
  risk: RiskEntry;
  /** The register's status, `open` when left empty. */
  state: RiskState;
  residual: Residual;
  controls: LinkedControl[];
  /** Linked controls that are not implemented, planned, not applicable or absent from the controls file. */
  ineffective: LinkedControl[];
  /** A treatment plan exists: plan text, a finished state, or a recorded acceptance. */
  hasPlan: boolean;
  /** Only Critical, High and Medium risks with a base date have one. */
  deadline?: Deadline;
  /** today - due, when the due date has passed and the treatment is not finished. */
  daysOverdue?: number;
  /** accepted_by and accepted_on are both recorded. */
  acceptanceRecorded: boolean;
  /** acceptance_expires - today, when an expiry is given (negative once expired). */
  acceptanceDaysLeft?: number;
  /** A recorded acceptance that has not expired. */
  acceptedNow: boolean;
}

/** The register reviewed against today and the controls file. */
export interface RiskReviewSummary {
  today: string;
  assessed?: string;
  items: RiskReview[];
}

/**
 * Reviews every risk: residual risk, linked control statuses, treatment deadline, overdue due date and
 * acceptance validity, all counted against `settings.today`. Items keep the register's order.
 */
export function reviewRisks(
  risks: readonly RiskEntry[],
  controls: readonly ControlEntry[],
  settings: Settings,
  assessed?: string,
): RiskReviewSummary {
  const byId = new Map(controls.map((entry) => [entry.id, entry]));
  const days = { ...DEFAULT_TREATMENT_DAYS, ...settings.treatmentDays };
  const today = settings.today;
  const items = risks.map((risk): RiskReview => {
    const linked: LinkedControl[] = risk.controls.map((id) => {
      const entry = byId.get(id);
      return {
        id,
        status: entry?.status ?? 'not-assessed',
        file: entry?.source.file,
        line: entry?.source.line,
      };
    });
    const state = risk.state ?? 'open';
    const acceptanceRecorded = risk.acceptedBy !== undefined && risk.acceptedOn !== undefined;
    const acceptanceDaysLeft =
      risk.acceptanceExpires === undefined ? undefined : daysBetween(today, risk.acceptanceExpires);
    const base = risk.identified ?? assessed;
    const limit =
      risk.level === 'critical' || risk.level === 'high' || risk.level === 'medium'
        ? days[risk.level]
        : undefined;
    const deadline: Deadline | undefined =
      base === undefined || limit === undefined
        ? undefined
        : {
            date: addDays(base, limit),
            days: limit,
            from: risk.identified !== undefined ? 'identified' : 'assessed',
            daysPast: daysBetween(addDays(base, limit), today),
          };
    const overdue =
      risk.due !== undefined && !DONE_STATES.has(state) ? daysBetween(risk.due, today) : undefined;
    return {
      risk,
      state,
      residual: residualRisk(
        risk,
        linked.map((control) => control.status),
      ),
      controls: linked,
      ineffective: linked.filter((control) => INEFFECTIVE.has(control.status)),
      hasPlan:
        risk.treatmentPlan !== undefined ||
        state === 'treated' ||
        state === 'closed' ||
        (risk.treatment === 'accept' && acceptanceRecorded),
      deadline,
      daysOverdue: overdue !== undefined && overdue > 0 ? overdue : undefined,
      acceptanceRecorded,
      acceptanceDaysLeft,
      acceptedNow: acceptanceRecorded && (acceptanceDaysLeft === undefined || acceptanceDaysLeft >= 0),
    };
  });
  return { today, assessed, items };
}
