import { addBusinessDays, addDays, dateMs } from '../../dates.js';
import type { IncidentEntry, IncidentSeverity } from '../../model.js';
import {
  DEFAULT_RESPONSE_SECONDS,
  formatDuration,
  GDPR_AUTHORITY_HOURS,
  HIPAA_INDIVIDUAL_DAYS,
  LOGGING_LIMIT_SECONDS,
  REPORT_BUSINESS_DAYS,
} from './clocks.js';

/** Which of the seed's clocks. */
export type ClockKind = 'logging' | 'response' | 'report' | 'notify-individuals' | 'notify-authority';

/**
 * One clock of one incident: met, late (done after the deadline), overdue (not done, deadline
 * passed), pending (not done, deadline ahead) or unrecorded (no time to judge by).
 */
export interface Clock {
  kind: ClockKind;
  state: 'met' | 'late' | 'overdue' | 'pending' | 'unrecorded';
  /** The deadline as text: an instant (ISO 8601, UTC) or a date. */
  deadline: string;
  /** What happened, for the report: `16 min after detection`. */
  detail: string;
}

/** An incident with its clocks. */
export interface IncidentResult {
  incident: IncidentEntry;
  clocks: Clock[];
}

/** The register judged against the seed's times (response times as configured). */
export interface IncidentEvaluation {
  items: IncidentResult[];
  responseSeconds: Record<IncidentSeverity, number>;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

function timed(
  kind: ClockKind,
  start: number,
  end: number | undefined,
  limitSeconds: number,
  today: string,
  label: string,
): Clock {
  const deadline = start + limitSeconds * 1000;
  if (end === undefined) {
    return {
      kind,
      state: deadline < dateMs(today) ? 'overdue' : 'pending',
      deadline: iso(deadline),
      detail: `not recorded; due by ${iso(deadline)}`,
    };
  }
  const took = (end - start) / 1000;
  return {
    kind,
    state: end <= deadline ? 'met' : 'late',
    deadline: iso(deadline),
    detail: `${formatDuration(took)} ${label}`,
  };
}

function dated(kind: ClockKind, due: string, done: string | undefined, today: string, from: string): Clock {
  if (done === undefined) {
    return {
      kind,
      state: due < today ? 'overdue' : 'pending',
      deadline: due,
      detail: `not recorded; due by ${due}`,
    };
  }
  return { kind, state: done <= due ? 'met' : 'late', deadline: due, detail: `on ${done} (${from})` };
}

/**
 * Runs the seed's clocks on each incident: logged within 15 minutes of detection; first response
 * within the severity's time; post-incident report within 5 business days of resolution; and where
 * PHI or personal data was involved (and the register does not say "not notifiable"), HIPAA's
 * 60 days to notify individuals and GDPR's 72 hours to notify the authority.
 */
export function checkIncidents(
  incidents: readonly IncidentEntry[],
  today: string,
  response: Partial<Record<IncidentSeverity, number>> = {},
  holidays: readonly string[] = [],
): IncidentEvaluation {
  const responseSeconds = { ...DEFAULT_RESPONSE_SECONDS, ...response };
  const holidaySet = new Set(holidays);
  const items = incidents.map((incident): IncidentResult => {
    const start = incident.detected.ms;
    const clocks: Clock[] = [];
    clocks.push(
      incident.logged
        ? timed('logging', start, incident.logged.ms, LOGGING_LIMIT_SECONDS, today, 'after detection')
        : {
            kind: 'logging',
            state: 'unrecorded',
            deadline: iso(start + LOGGING_LIMIT_SECONDS * 1000),
            detail: 'no logged time recorded',
          },
    );
    clocks.push(
      timed(
        'response',
        start,
        incident.responded?.ms,
        responseSeconds[incident.severity],
        today,
        'after detection',
      ),
    );
    if (incident.resolved) {
      const due = addBusinessDays(incident.resolved.date, REPORT_BUSINESS_DAYS, holidaySet);
      clocks.push(dated('report', due, incident.reportDate, today, `resolved ${incident.resolved.date}`));
    }
    if (incident.notifiable && incident.phi) {
      const due = addDays(incident.detected.date, HIPAA_INDIVIDUAL_DAYS);
      clocks.push(
        dated(
          'notify-individuals',
          due,
          incident.notifiedIndividuals?.date,
          today,
          `detected ${incident.detected.date}`,
        ),
      );
    }
    if (incident.notifiable && incident.personalData) {
      clocks.push(
        timed(
          'notify-authority',
          start,
          incident.notifiedAuthority?.ms,
          GDPR_AUTHORITY_HOURS * 3600,
          today,
          'after detection',
        ),
      );
    }
    return { incident, clocks };
  });
  return { items, responseSeconds };
}
