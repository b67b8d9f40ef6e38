import { recommendation } from '../evaluate/recommend.js';
import type { Report } from '../pipeline.js';
import { riskReviewJson } from './risk-review-json.js';
import { controlExtras, gapExtras, standardExtras } from './json-standards.js';
import { ismsJson } from './isms-json.js';

/**
 * The machine-readable report: a stable public shape (not the engine's internal objects), keys in a
 * fixed order, so two runs on the same files give the same bytes.
 */
export function toJson(report: Report): unknown {
  return {
    passed: report.passed,
    threshold: report.settings.threshold,
    domains: report.settings.domains,
    today: report.settings.today,
    standards: report.standards.map((s) => ({
      standard: s.standard,
      name: s.name,
      percentage: s.percentage,
      score: s.score,
      applicable: s.applicable,
      counts: s.counts,
      ...standardExtras(s),
      domains: s.domains.map((d) => ({
        domain: d.domain,
        name: d.name,
        percentage: d.percentage,
        applicable: d.applicable,
        counts: d.counts,
      })),
      gaps: s.gaps.map((g) => ({
        id: g.id,
        title: g.title,
        status: g.status,
        group: g.group,
        owner: g.owner ?? null,
        riskLevel: g.riskLevel ?? null,
        linkedRisks: g.linkedRisks,
        file: g.file ?? null,
        line: g.line ?? null,
        recommendation: recommendation(g),
        ...gapExtras(g),
        reason: g.reason ?? null,
      })),
      controls: s.controls.map((c) => ({
        id: c.id,
        title: c.title,
        group: c.group,
        status: c.status,
        points: c.points,
        ...controlExtras(c),
      })),
    })),
    risks: report.risks
      ? {
          byLevel: report.risks.byLevel,
          items: report.risks.items.map((r) => ({
            id: r.id,
            asset: r.asset ?? null,
            threat: r.threat ?? null,
            vulnerability: r.vulnerability ?? null,
            likelihood: r.likelihood,
            impact: r.impact,
            score: r.score,
            level: r.level,
            treatment: r.treatment ?? null,
            owner: r.owner ?? null,
            due: r.due ?? null,
            controls: r.controls,
            file: r.source.file,
            line: r.source.line,
          })),
        }
      : null,
    riskReview: riskReviewJson(report),
    ...ismsJson(report),
    failures: report.failures,
    warnings: report.warnings,
  };
}

/** The JSON report as text, two-space indented, ending in a newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(toJson(report), null, 2)}\n`;
}
