import type { Report } from '../../pipeline.js';
import { inline } from '../escape.js';
import { pct } from './table.js';

/** The one line a reader needs: passed or failed, and the headline figures. */
export function renderVerdict(report: Report, title = 'isms-gate'): string {
  const figures = report.standards
    .map((s) => {
      const evidenced = report.evidence?.compliance.find((e) => e.standard === s.standard);
      return `${s.label} ${pct(s.percentage)}${evidenced ? ` (evidenced ${pct(evidenced.evidenced)})` : ''}`;
    })
    .join(', ');
  const threshold = `threshold ${report.settings.threshold}%`;
  if (report.passed) {
    return `## ✅ ${title} passed: ${figures} (${threshold})`;
  }
  const n = report.failures.length;
  return `## ❌ ${title} failed: ${n} ${n === 1 ? 'failure' : 'failures'}; ${figures} (${threshold})`;
}

/** Why the gate passed, or every failure with its rule: nothing a reader must infer. */
export function renderReasons(report: Report): string {
  if (!report.passed) {
    return [
      '### Failures',
      '',
      ...report.failures.map((f) => `- **${f.rule}**: ${inline(f.message)}${where(f)}`),
    ].join('\n');
  }
  const lines = report.standards.map(
    (s) => `- ${s.label} compliance ${pct(s.percentage)} meets the threshold ${report.settings.threshold}%.`,
  );
  if (report.risks) {
    const critical = report.risks.byLevel.critical;
    lines.push(
      critical === 0
        ? '- The risk register has no Critical risk.'
        : critical === 1
          ? '- The one Critical risk has a treatment with an owner.'
          : `- All ${critical} Critical risks have a treatment with an owner.`,
    );
  } else {
    lines.push('- No risk register was given, so no risk rule applied.');
  }
  return ['### Why it passed', '', ...lines].join('\n');
}

function where(finding: { file?: string; line?: number }): string {
  if (!finding.file) return '';
  return ` (\`${inline(finding.file).replace(/`/g, '')}${finding.line ? `:${finding.line}` : ''}\`)`;
}

/** Warnings from rules set to `warning`; empty when there are none. */
export function renderWarnings(report: Report): string {
  if (report.warnings.length === 0) return '';
  return [
    `### Warnings (${report.warnings.length})`,
    '',
    ...report.warnings.map((f) => `- **${f.rule}**: ${inline(f.message)}${where(f)}`),
  ].join('\n');
}
