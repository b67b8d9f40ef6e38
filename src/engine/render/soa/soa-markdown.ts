import type { Soa, SoaRow } from '../../soa/build-soa.js';
import { cell } from '../escape.js';
import { STATUS_LABEL } from '../markdown/labels.js';
import { table } from '../markdown/table.js';
import { applicableLabel, soaCheckLines } from './soa-text.js';

function row(r: SoaRow): string[] {
  return [
    cell(r.id),
    cell(r.title),
    applicableLabel(r),
    r.undecided ? `${STATUS_LABEL[r.status]} (${cell(r.undecided)})` : STATUS_LABEL[r.status],
    cell(r.justification),
    cell(r.owner),
    cell(r.evidence.join('; ')),
    cell(r.risks.join(', ')),
    r.source ? `\`${cell(r.source.file).replace(/`/g, '')}:${r.source.line}\`` : '',
  ];
}

/** The Statement of Applicability as Markdown: the 6.1.3 d) checks, then one table per theme. */
export function renderSoaMarkdown(soa: Soa, today: string): string {
  const applicable = soa.rows.filter((r) => r.applicable === true).length;
  const excluded = soa.rows.filter((r) => r.applicable === false).length;
  const open = soa.rows.length - applicable - excluded;
  const themes = [...new Set(soa.rows.map((r) => r.theme))];
  const sections = themes.map((theme) => {
    const rows = soa.rows.filter((r) => r.theme === theme);
    return [
      `## ${cell(theme)} controls (${rows.length})`,
      '',
      table(
        ['Control', 'Title', 'Applicable', 'Status', 'Justification', 'Owner', 'Evidence', 'Risks', 'Source'],
        rows.map(row),
      ),
    ].join('\n');
  });
  return `${[
    `# Statement of Applicability: ${cell(soa.name)}`,
    `As of ${today}: ${soa.rows.length} controls, ${applicable} applicable, ${excluded} not applicable${open > 0 ? `, ${open} not decided` : ''}.`,
    `## Clause 6.1.3 d) checks: ${soa.checks.passed ? '✅ passed' : '❌ failed'}`,
    soaCheckLines(soa)
      .map((line) => `- ${line.ok ? '✅' : '❌'} ${line.text}`)
      .join('\n'),
    ...sections,
  ].join('\n\n')}\n`;
}
