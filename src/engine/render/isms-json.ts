import type { Report } from '../pipeline.js';

/** The ISMS parts of the JSON report (evidence, SoA, incidents, metrics, readiness), null when not evaluated. */
export function ismsJson(report: Report): Record<string, unknown> {
  const { evidence, soa, incidents, metrics, readiness } = report;
  return {
    evidence: evidence
      ? {
          maxAge: evidence.maxAge,
          compliance: evidence.compliance,
          controls: evidence.controls.map((c) => ({
            id: c.id,
            status: c.status,
            evidenced: c.evidenced,
            stale: c.stale,
            reviewed: c.reviewed ?? null,
            reviewedFrom: c.reviewedFrom ?? null,
            ageDays: c.ageDays ?? null,
            missing: c.missing,
            pending: c.pending,
            items: c.items.map((i) => ({
              kind: i.kind,
              written: i.written,
              ...(i.kind === 'path' ? { path: i.path, exists: i.exists } : {}),
              ...(i.kind === 'glob' ? { pattern: i.pattern, matches: i.matches ?? [] } : {}),
              ...(i.kind === 'url' ? { url: i.url } : {}),
            })),
            file: c.source.file,
            line: c.source.line,
          })),
        }
      : null,
    soa: soa ? { passed: soa.checks.passed, checks: soa.checks } : null,
    incidents: incidents
      ? {
          responseSeconds: incidents.responseSeconds,
          items: incidents.items.map(({ incident, clocks }) => ({
            id: incident.id,
            severity: incident.severity,
            category: incident.category ?? null,
            detected: incident.detected.text,
            phi: incident.phi,
            personalData: incident.personalData,
            clocks,
            file: incident.source.file,
            line: incident.source.line,
          })),
        }
      : null,
    metrics: metrics ?? null,
    readiness: readiness
      ? {
          stage1: readiness.stage1,
          stage2: readiness.stage2,
          documents: readiness.documents.map((d) => ({
            key: d.spec.key,
            clause: d.kind.clause,
            name: d.kind.name,
            file: d.file ?? null,
            approved: d.approved,
            approvalRequired: d.approvalRequired,
            approvedBy: d.front?.approvedBy ?? null,
            approvedOn: d.front?.approvedOn ?? null,
            reviewed: d.reviewed ?? null,
            nextReview: d.nextReview ?? null,
            overdue: d.overdue,
          })),
        }
      : null,
  };
}
