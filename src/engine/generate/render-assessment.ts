import { stringify } from 'yaml';
import { toCsv } from '../render/csv.js';
import type { Assessment } from './assess.js';
import { renderAssessmentMarkdown } from './render-assessment-markdown.js';
import { assetRecords, METHOD, REGISTER_COLUMNS, registerRecord } from './register-rows.js';

/** The formats the generator writes. */
export const ASSESSMENT_FORMATS = ['json', 'csv', 'markdown', 'yaml'] as const;
export type AssessmentFormat = (typeof ASSESSMENT_FORMATS)[number];

/** The format an output path's extension names, or undefined. */
export function formatFromPath(path: string): AssessmentFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  return undefined;
}

function document(assessment: Assessment) {
  const risks = assessment.risks.map((risk) =>
    Object.fromEntries(
      Object.entries(registerRecord(risk)).filter(
        ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
      ),
    ),
  );
  const assets = assetRecords(assessment).map((asset) =>
    Object.fromEntries(Object.entries(asset).filter(([, value]) => value !== undefined)),
  );
  return {
    scope: assessment.scope,
    template: assessment.template.id,
    assessed: assessment.assessed,
    method: METHOD,
    assets,
    risks,
  };
}

/**
 * The generated register in the requested format. Every format is a register `isms-gate check --risks`
 * reads unchanged: CSV with the flat column names (formula-guarded), YAML and JSON with the risks under
 * `risks` and the assessment date as `assessed`, Markdown with the register under "Risk register".
 */
export function renderAssessment(assessment: Assessment, format: AssessmentFormat): string {
  if (format === 'json') return `${JSON.stringify(document(assessment), null, 2)}\n`;
  if (format === 'yaml') return stringify(document(assessment), { lineWidth: 0 });
  if (format === 'markdown') return renderAssessmentMarkdown(assessment);
  const rows = assessment.risks.map((risk) => {
    const record = registerRecord(risk);
    return REGISTER_COLUMNS.map((column) => {
      const value = record[column];
      return Array.isArray(value) ? value.join('; ') : (value as string | number | undefined);
    });
  });
  return toCsv(REGISTER_COLUMNS, rows);
}
