import type { Report } from '../pipeline.js';

/** The ISMS parts of the JSON report (evidence, Statement of Applicability), null when not evaluated. */
export function ismsJson(report: Report): Record<string, unknown> {
  const { evidence, soa } = report;
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
  };
}
