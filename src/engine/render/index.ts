import type { Report } from '../pipeline.js';
import { renderMarkdown } from './markdown/index.js';
import { renderJson } from './render-json.js';
import { renderSarif } from './sarif/render-sarif.js';

/** The report formats users can ask for. */
export const FORMATS = ['markdown', 'json', 'sarif'] as const;
export type ReportFormat = (typeof FORMATS)[number];

/** What a rendering includes beyond the verdict and the figures. */
export interface RenderOptions {
  /** The prioritised gap list (the seed's `--gap-analysis`). */
  gaps: boolean;
  /** A next step for each gap (`--gap-analysis`). */
  recommendations?: boolean;
  /** Who the verdict line speaks for: `isms-gate` by default, a scope's name in a run of several. */
  title?: string;
}

/** The report in the requested format. */
export function renderReport(
  report: Report,
  format: ReportFormat,
  options: RenderOptions = { gaps: true },
): string {
  if (format === 'sarif') return renderSarif({ report });
  return format === 'json' ? renderJson(report) : renderMarkdown(report, options);
}
