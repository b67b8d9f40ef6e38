import { formatPeriod } from '../config/periods.js';
import { addMonths } from '../dates.js';
import type { Metrics } from '../evaluate/metrics.js';
import type { Evaluation } from '../evaluation.js';
import type { Settings } from '../settings.js';
import { documentGaps, type DocumentStatus } from './assess-documents.js';

/** One line of the seed's certification readiness checklists, checked from the repository. */
export interface ReadinessItem {
  stage: 1 | 2;
  text: string;
  ok: boolean;
  /** What the repository shows for it. */
  found: string[];
  /** What is missing; empty when the item is met. */
  missing: string[];
}

/** The Stage 1 and Stage 2 checklists, and the documents they were checked against. */
export interface Readiness {
  documents: DocumentStatus[];
  stage1: ReadinessItem[];
  stage2: ReadinessItem[];
}

/** Training completion Stage 2 expects unless the config says otherwise; a house default, not the standard's. */
export const DEFAULT_TRAINING_TARGET = 90;

function describeDoc(doc: DocumentStatus | undefined): string[] {
  if (!doc?.file) return [];
  const parts: string[] = [];
  if (doc.approved) parts.push(`approved by ${doc.front!.approvedBy} on ${doc.front!.approvedOn}`);
  if (doc.reviewed) parts.push(`next review by ${doc.nextReview} (every ${formatPeriod(doc.reviewPeriod)})`);
  return [parts.length > 0 ? `${doc.file} (${parts.join(', ')})` : doc.file];
}

function item(stage: 1 | 2, text: string, found: string[], missing: string[]): ReadinessItem {
  return { stage, text, ok: missing.length === 0, found, missing };
}

/**
 * Checks the seed's readiness lists: before Stage 1, the scope, policy, risk assessment, SoA,
 * internal audit, management review and corrective actions; before Stage 2, controls in place,
 * evidence, training, incident handling and at least three months of metrics.
 */
export function assessReadiness(
  documents: DocumentStatus[],
  evaluation: Evaluation,
  metrics: Metrics,
  settings: Settings,
): Readiness {
  const doc = (key: string) => documents.find((d) => d.spec.key === key);
  const docItem = (stage: 1 | 2, text: string, key: string, needApproval?: boolean, extra: string[] = []) =>
    item(stage, text, describeDoc(doc(key)), [...documentGaps(doc(key), key, needApproval), ...extra]);
  const optionalDoc = (key: string) => (doc(key) ? documentGaps(doc(key), key) : []);

  const risks = evaluation.risks?.items ?? [];
  const riskGaps = !evaluation.risks
    ? ['no risk register given']
    : risks.length === 0
      ? ['the risk register is empty']
      : risks.filter((r) => r.owner === undefined).map((r) => `risk ${r.id} has no owner`);
  const soa = evaluation.soa;
  const soaGaps = !soa
    ? ['no Statement of Applicability: evaluate ISO 27001 Annex A']
    : soa.checks.passed
      ? []
      : ['the Statement of Applicability fails clause 6.1.3 d) (see the soa-* findings)'];
  const findings = metrics.auditFindings;

  const stage1 = [
    docItem(1, 'ISMS scope documented and approved', 'scope', true),
    docItem(1, 'Information security policy published', 'policy', true),
    item(
      1,
      'Risk assessment completed',
      [
        ...describeDoc(doc('risk-methodology')),
        ...(evaluation.risks ? [`${risks.length} risks assessed`] : []),
      ],
      [
        ...documentGaps(doc('risk-methodology'), 'risk-methodology'),
        ...riskGaps,
        ...optionalDoc('risk-assessment'),
      ],
    ),
    item(
      1,
      'Statement of Applicability finalized',
      [
        ...(soa
          ? [`${soa.checks.total - soa.checks.missing.length} of ${soa.checks.total} controls stated`]
          : []),
        ...describeDoc(doc('soa')),
      ],
      [...soaGaps, ...optionalDoc('soa')],
    ),
    docItem(1, 'Internal audit conducted', 'internal-audit'),
    docItem(1, 'Management review completed', 'management-review'),
    docItem(
      1,
      'Nonconformities addressed',
      'corrective-actions',
      false,
      findings && findings.overdue.length > 0
        ? [`open audit findings past their due date: ${findings.overdue.join(', ')}`]
        : [],
    ),
  ];

  const below = evaluation.standards.filter((s) => s.percentage < settings.threshold);
  const missingEvidence = (evaluation.evidence?.controls ?? []).filter(
    (c) => c.status === 'implemented' && c.missing.length > 0,
  );
  const evidenced = evaluation.evidence?.compliance ?? [];
  const target = settings.trainingTarget ?? DEFAULT_TRAINING_TARGET;
  const training = metrics.training;
  const clocks = (evaluation.incidents?.items ?? []).flatMap((i) =>
    i.clocks.filter((c) => c.state !== 'met' && c.state !== 'pending').map(() => i.incident.id),
  );
  const since = metrics.since;
  const stage2 = [
    item(
      2,
      'Controls implemented and operational',
      evaluation.standards.map((s) => `${s.label} ${s.percentage.toFixed(1)}% declared`),
      [
        ...below.map(
          (s) => `${s.label} ${s.percentage.toFixed(1)}% is below the threshold ${settings.threshold}%`,
        ),
        ...(missingEvidence.length > 0
          ? [`implemented controls with missing evidence: ${missingEvidence.map((c) => c.id).join(', ')}`]
          : []),
      ],
    ),
    item(
      2,
      'Evidence of effectiveness available',
      evidenced.map((e) => `${e.label} ${e.evidenced.toFixed(1)}% evidenced`),
      evaluation.evidence
        ? evidenced
            .filter((e) => e.evidenced < settings.threshold)
            .map(
              (e) =>
                `${e.label} evidenced compliance ${e.evidenced.toFixed(1)}% is below the threshold ${settings.threshold}%`,
            )
        : ['evidence was not checked (no workspace)'],
    ),
    item(
      2,
      'Staff trained and aware',
      training
        ? [
            `training ${training.completionRate.toFixed(1)}% complete (${training.completed} of ${training.total})`,
          ]
        : [],
      [
        ...(!training
          ? ['no training records given']
          : training.completionRate < target
            ? [`training completion ${training.completionRate.toFixed(1)}% is below the target ${target}%`]
            : []),
        ...optionalDoc('competence'),
      ],
    ),
    item(
      2,
      'Incidents logged and managed',
      evaluation.incidents ? [`${evaluation.incidents.items.length} incidents in the register`] : [],
      !evaluation.incidents
        ? ['no incident register given']
        : clocks.length > 0
          ? [`incidents with missed or unrecorded clocks: ${[...new Set(clocks)].join(', ')}`]
          : [],
    ),
    item(2, 'Metrics collected for 3+ months', since ? [`records since ${since}`] : [], [
      ...(!since
        ? ['no dated records (incidents, audit findings, training) to measure from']
        : addMonths(since, 3) > settings.today
          ? [`records start ${since}, less than 3 months before ${settings.today}`]
          : []),
      ...optionalDoc('monitoring'),
    ]),
  ];
  return { documents, stage1, stage2 };
}
