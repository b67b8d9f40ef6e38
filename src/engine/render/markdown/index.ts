import type { Report } from '../../pipeline.js';
import type { RenderOptions } from '../index.js';
import { renderCompliance } from './compliance.js';
import { renderIsmsSections } from './isms-sections.js';
import { renderGaps } from './gaps.js';
import { renderRiskReview } from './risk-review.js';
import { renderRisks } from './risks.js';
import { renderStandardNotes } from './standard-notes.js';
import { renderReasons, renderVerdict, renderWarnings } from './verdict.js';

/**
 * The Markdown gap report: verdict first, then why, compliance per group, gaps, risks and warnings.
 * A pure function of the report: the same report gives the same bytes.
 */
export function renderMarkdown(report: Report, options: RenderOptions = { gaps: true }): string {
  const sections = [
    renderVerdict(report, options.title),
    renderReasons(report),
    renderCompliance(report.standards),
    renderStandardNotes(report),
    ...(options.gaps ? report.standards.map((s) => renderGaps(s, options.recommendations === true)) : []),
    report.risks ? renderRisks(report.risks) : '',
    report.riskReview ? renderRiskReview(report.riskReview, report.settings) : '',
    ...renderIsmsSections(report),
    renderWarnings(report),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}
