import { quarterOf, quarterRange } from '../dates.js';
import type { EvidenceReport } from '../evidence/evidence-report.js';
import type { IncidentEntry, IncidentSeverity } from '../model.js';
import type { AuditFinding, TrainingRecord } from '../validate/parse-registers.js';
import { percent } from './score-compliance.js';

/** Monitoring figures (clause 9.1): what the seed's Workflow 1 Step 4 asks a dashboard to show. */
export interface Metrics {
  incidents?: {
    quarters: { quarter: string; bySeverity: Record<IncidentSeverity, number>; total: number }[];
    total: number;
  };
  effectiveness?: { name: string; declared: number; evidenced: number }[];
  auditFindings?: { total: number; closed: number; open: number; overdue: string[]; closureRate: number };
  training?: {
    total: number;
    completed: number;
    overdue: number;
    completionRate: number;
    courses: { course: string; total: number; completed: number; rate: number }[];
  };
  /** The earliest dated record the metrics come from, to tell how long they have been collected. */
  since?: string;
}

const SEVERITIES: readonly IncidentSeverity[] = ['critical', 'high', 'medium', 'low'];

/** Computes the metrics from whatever registers were given; each part is absent without its input. */
export function computeMetrics(
  today: string,
  inputs: {
    incidents?: IncidentEntry[];
    findings?: AuditFinding[];
    training?: TrainingRecord[];
    evidence?: EvidenceReport;
  },
): Metrics {
  const metrics: Metrics = {};
  const dates: string[] = [];
  if (inputs.incidents) {
    const quarters = inputs.incidents.map((i) => quarterOf(i.detected.date)).sort();
    const range = quarters.length > 0 ? quarterRange(quarters[0]!, quarters.at(-1)!) : [];
    metrics.incidents = {
      total: inputs.incidents.length,
      quarters: range.map((quarter) => {
        const inQuarter = inputs.incidents!.filter((i) => quarterOf(i.detected.date) === quarter);
        const bySeverity = Object.fromEntries(
          SEVERITIES.map((s) => [s, inQuarter.filter((i) => i.severity === s).length]),
        ) as Record<IncidentSeverity, number>;
        return { quarter, bySeverity, total: inQuarter.length };
      }),
    };
    dates.push(...inputs.incidents.map((i) => i.detected.date));
  }
  const first = inputs.evidence?.compliance[0];
  if (first) {
    metrics.effectiveness = [
      { name: first.label, declared: first.declared, evidenced: first.evidenced },
      ...first.domains.map((d) => ({ name: d.name, declared: d.declared, evidenced: d.evidenced })),
    ];
  }
  if (inputs.findings) {
    const closed = inputs.findings.filter((f) => f.closed !== undefined).length;
    metrics.auditFindings = {
      total: inputs.findings.length,
      closed,
      open: inputs.findings.length - closed,
      overdue: inputs.findings
        .filter((f) => f.closed === undefined && f.due !== undefined && f.due < today)
        .map((f) => f.id),
      closureRate: percent(closed, inputs.findings.length),
    };
    dates.push(...inputs.findings.map((f) => f.raised));
  }
  if (inputs.training) {
    const records = inputs.training;
    const completed = records.filter((r) => r.completed !== undefined).length;
    const courses = [...new Set(records.map((r) => r.course ?? ''))].sort();
    metrics.training = {
      total: records.length,
      completed,
      overdue: records.filter((r) => r.completed === undefined && r.due !== undefined && r.due < today)
        .length,
      completionRate: percent(completed, records.length),
      courses: courses.map((course) => {
        const of = records.filter((r) => (r.course ?? '') === course);
        const done = of.filter((r) => r.completed !== undefined).length;
        return { course, total: of.length, completed: done, rate: percent(done, of.length) };
      }),
    };
    dates.push(...records.flatMap((r) => (r.completed ? [r.completed] : [])));
  }
  const earliest = dates.sort()[0];
  if (earliest !== undefined) metrics.since = earliest;
  return metrics;
}
