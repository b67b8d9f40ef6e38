import type { RunResult, ScopeResult } from '../run-scopes.js';
import { cell } from './escape.js';
import { renderReport, type RenderOptions, type ReportFormat } from './index.js';
import { pct, table } from './markdown/table.js';
import { toJson } from './render-json.js';
import { renderSarif } from './sarif/render-sarif.js';

/**
 * A whole run in the requested format. A run of one unnamed scope renders exactly as a single report;
 * several scopes get an overview, then a section each (and in JSON a `scopes` array), so each scope's
 * figures can be read, and badged, on their own.
 */
export function renderRun(
  result: RunResult,
  format: ReportFormat,
  options: RenderOptions = { gaps: true },
): string {
  // One log for code scanning whatever the number of scopes; each result names its scope.
  if (format === 'sarif') return renderSarif({ scopes: result.scopes });
  const [only] = result.scopes;
  if (result.scopes.length === 1 && only) {
    if (only.name === undefined) return renderReport(only.report, format, options);
    if (format === 'json')
      return `${JSON.stringify({ scope: only.name, ...(toJson(only.report) as object) }, null, 2)}\n`;
    return renderReport(only.report, format, { ...options, title: `isms-gate (scope ${cell(only.name)})` });
  }
  if (format === 'json') {
    const scopes = result.scopes.map((s) => ({ scope: s.name ?? null, ...(toJson(s.report) as object) }));
    return `${JSON.stringify({ passed: result.passed, scopes }, null, 2)}\n`;
  }
  const sections = result.scopes.map((scope) =>
    renderReport(scope.report, 'markdown', {
      ...options,
      title: `scope ${cell(scope.name ?? '')}`,
    }).trimEnd(),
  );
  return `${[overview(result), ...sections].join('\n\n---\n\n')}\n`;
}

function overview(result: RunResult): string {
  const failed = result.scopes.filter((s) => !s.report.passed);
  const n = result.scopes.length;
  const verdict = result.passed
    ? `## ✅ isms-gate passed: all ${n} scopes`
    : `## ❌ isms-gate failed: ${failed.length} of ${n} scopes (${failed.map((s) => cell(s.name ?? '')).join(', ')})`;
  const rows = result.scopes.map((s: ScopeResult) => [
    cell(s.name ?? ''),
    s.report.passed ? '✅ passed' : '❌ failed',
    s.report.standards.map((st) => `${cell(st.label)} ${pct(st.percentage)}`).join(', '),
    `${s.report.settings.threshold}%`,
    String(s.report.failures.length),
    String(s.report.warnings.length),
  ]);
  return [
    verdict,
    '',
    table(['Scope', 'Verdict', 'Compliance', 'Threshold', 'Failures', 'Warnings'], rows, 'llllrr'),
  ].join('\n');
}
