import { InputError, quote, type Problem } from '../errors.js';
import { acceptedNames, fieldReader, mapHeaders, type FieldSynonyms } from '../load/headers.js';
import { readTable } from '../load/read-table.js';
import type { SourceFile } from '../load/source.js';
import type { IncidentEntry, IncidentSeverity, Instant } from '../model.js';
import { parseInstant } from './timestamps.js';
import { isoDate, isProblem, text, yesNo } from './values.js';

type IncidentField =
  | 'id'
  | 'category'
  | 'severity'
  | 'detected'
  | 'logged'
  | 'responded'
  | 'contained'
  | 'resolved'
  | 'report'
  | 'phi'
  | 'personal_data'
  | 'breach'
  | 'notified'
  | 'notified_individuals'
  | 'notified_authority'
  | 'summary';

/** Header names accepted for each field of an incident register. */
export const INCIDENT_FIELDS: FieldSynonyms<IncidentField> = {
  id: ['incident id', 'incident', 'ref', 'ticket', 'incident ref'],
  category: ['type', 'incident type', 'classification', 'incident category'],
  severity: ['priority', 'sev', 'incident severity'],
  detected: ['detected at', 'detection', 'discovered', 'discovered at', 'detected on', 'detection time'],
  logged: ['logged at', 'reported', 'reported at', 'recorded', 'recorded at', 'created', 'created at'],
  responded: ['responded at', 'response', 'first response', 'response started', 'acknowledged', 'triaged'],
  contained: ['contained at', 'containment', 'contained on'],
  resolved: ['resolved at', 'resolved on', 'closed', 'closed at', 'recovered', 'resolution'],
  report: [
    'post incident report',
    'post incident report date',
    'post-incident report',
    'pir',
    'pir date',
    'report date',
    'post incident review',
    'lessons learned',
  ],
  phi: ['phi involved', 'ephi', 'phi breach', 'health data'],
  personal_data: ['personal data involved', 'personal data', 'pii', 'gdpr', 'personal data breach'],
  breach: ['notifiable', 'notifiable breach', 'reportable', 'reportable breach'],
  notified: ['notification', 'notified at', 'notified on', 'breach notified', 'notification sent'],
  notified_individuals: ['individuals notified', 'notified individuals', 'individual notification'],
  notified_authority: [
    'authority notified',
    'notified authority',
    'supervisory authority notified',
    'dpa notified',
    'regulator notified',
  ],
  summary: ['description', 'title', 'name'],
};

const SEVERITY_WORDS: Record<string, IncidentSeverity> = {
  critical: 'critical',
  crit: 'critical',
  high: 'high',
  medium: 'medium',
  moderate: 'medium',
  med: 'medium',
  low: 'low',
};

const SHAPE = {
  listKeys: ['incidents', 'register', 'items'],
  keyField: 'id',
  valueField: 'summary',
  idHeaders: ['id', ...INCIDENT_FIELDS.id],
};

/**
 * Validates an incident register: severity from the seed's four levels, every time an ISO 8601
 * date and time, nothing before detection, yes/no flags for PHI and personal data.
 */
export function parseIncidents(source: SourceFile): { entries: IncidentEntry[]; problems: Problem[] } {
  let table;
  try {
    table = readTable(source, SHAPE);
  } catch (error) {
    if (error instanceof InputError) return { entries: [], problems: error.problems };
    throw error;
  }
  const file = source.path;
  const columns = mapHeaders(table.headers, INCIDENT_FIELDS);
  const required = columns.missing.filter((f) => f === 'id' || f === 'severity' || f === 'detected');
  if (required.length > 0) {
    return {
      entries: [],
      problems: [
        {
          file,
          line: table.headerLine,
          message: `no ${required.join(', ')} column in the incident register; accepted names: ${acceptedNames(required, INCIDENT_FIELDS)}`,
        },
      ],
    };
  }
  const read = fieldReader(columns);
  const problems: Problem[] = [];
  const entries: IncidentEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const field = (name: IncidentField): unknown => read(row.values, name);
    const at = { file, line: row.line };
    const before = problems.length;
    const id = text(field('id'));
    if (id === undefined) {
      problems.push({ ...at, message: 'incident id is empty' });
      continue;
    }
    if (seen.has(id)) {
      problems.push({
        ...at,
        message: `duplicate incident id ${quote(id)}: already used at line ${seen.get(id)}`,
      });
      continue;
    }
    seen.set(id, row.line);
    const rawSeverity = text(field('severity'));
    const severity = SEVERITY_WORDS[(rawSeverity ?? '').toLowerCase()];
    if (!severity) {
      problems.push({
        ...at,
        message: `severity ${quote(rawSeverity ?? '')} of ${id} is not critical, high, medium or low`,
      });
    }
    const instant = (name: IncidentField, label: string): Instant | undefined => {
      const value = parseInstant(field(name), `${label} of ${id}`);
      if (isProblem(value)) {
        problems.push({ ...at, message: value.message });
        return undefined;
      }
      return value;
    };
    const detected = instant('detected', 'detected time');
    if (detected === undefined && text(field('detected')) === undefined) {
      problems.push({
        ...at,
        message: `detected time of ${id} is missing; every clock starts from detection`,
      });
    }
    const times = {
      logged: instant('logged', 'logged time'),
      responded: instant('responded', 'response time'),
      contained: instant('contained', 'containment time'),
      resolved: instant('resolved', 'resolution time'),
      notified: instant('notified', 'notification time'),
      notifiedIndividuals: instant('notified_individuals', 'individuals notification time'),
      notifiedAuthority: instant('notified_authority', 'authority notification time'),
    };
    const reportDate = isoDate(field('report'), `post-incident report date of ${id}`);
    if (isProblem(reportDate)) problems.push({ ...at, message: reportDate.message });
    const flag = (name: IncidentField, label: string): boolean | undefined => {
      const value = yesNo(field(name), `${label} of ${id}`);
      if (isProblem(value)) {
        problems.push({ ...at, message: value.message });
        return undefined;
      }
      return value;
    };
    const phi = flag('phi', 'PHI involved');
    const personalData = flag('personal_data', 'personal data involved');
    const breach = flag('breach', 'notifiable');
    if (detected) {
      for (const [name, value] of Object.entries(times)) {
        if (value && value.ms < detected.ms) {
          problems.push({
            ...at,
            message: `${name} time of ${id} (${value.text}) is before its detection (${detected.text})`,
          });
        }
      }
      if (
        times.resolved &&
        !isProblem(reportDate) &&
        reportDate !== undefined &&
        reportDate < times.resolved.date
      ) {
        problems.push({
          ...at,
          message: `post-incident report of ${id} (${reportDate}) is dated before its resolution (${times.resolved.date})`,
        });
      }
    }
    if (problems.length > before || !detected || !severity || isProblem(reportDate)) continue;
    entries.push({
      id,
      ...(text(field('category')) ? { category: text(field('category')) } : {}),
      severity,
      detected,
      ...(times.logged ? { logged: times.logged } : {}),
      ...(times.responded ? { responded: times.responded } : {}),
      ...(times.contained ? { contained: times.contained } : {}),
      ...(times.resolved ? { resolved: times.resolved } : {}),
      ...(reportDate ? { reportDate } : {}),
      phi: phi === true,
      personalData: personalData === true,
      notifiable: breach !== false,
      ...((times.notifiedIndividuals ?? times.notified)
        ? { notifiedIndividuals: times.notifiedIndividuals ?? times.notified }
        : {}),
      ...((times.notifiedAuthority ?? times.notified)
        ? { notifiedAuthority: times.notifiedAuthority ?? times.notified }
        : {}),
      ...(text(field('summary')) ? { summary: text(field('summary')) } : {}),
      source: at,
    });
  }
  return { entries, problems };
}
