import type { CheckedEvidence, ControlEvidence } from '../../evidence/assess-evidence.js';
import type { EvidenceReport } from '../../evidence/evidence-report.js';
import { cell } from '../escape.js';
import { STATUS_LABEL } from './labels.js';
import { pct, table } from './table.js';

function item(entry: CheckedEvidence): string {
  const text = cell(entry.written);
  if (entry.kind === 'reference') return `${text} _(reference)_`;
  if (entry.kind === 'url') return `${text} _(link)_`;
  if (entry.exists === false) return `❌ ${text}`;
  if (entry.kind === 'glob') {
    const n = entry.matches?.length ?? 0;
    return `✅ ${text} (${n} ${n === 1 ? 'file' : 'files'})`;
  }
  return `✅ ${text}`;
}

function finding(control: ControlEvidence, maxAge: number): string {
  if (control.missing.length > 0) return `❌ missing ${control.missing.length}`;
  if (control.stale) return `⏰ stale (over ${maxAge} days)`;
  if (control.items.length === 0) return 'no evidence listed';
  return control.reviewed === undefined ? '✅ present (age unknown)' : '✅ evidenced';
}

/**
 * Evidence beside the declared figures: declared and evidenced compliance per standard and group,
 * then every implemented or partial control's evidence in a fold, findings first.
 */
export function renderEvidence(evidence: EvidenceReport): string {
  const counted = evidence.controls.filter((c) => c.status === 'implemented' || c.status === 'partial');
  const evidenced = counted.filter((c) => c.evidenced).length;
  const figures = evidence.compliance.flatMap((s) => [
    [`**${cell(s.label)}**`, `**${pct(s.declared)}**`, `**${pct(s.evidenced)}**`, String(s.unevidenced)],
    ...s.domains.map((d) => [cell(d.name), pct(d.declared), pct(d.evidenced), String(d.unevidenced)]),
  ]);
  const rank = (c: ControlEvidence) =>
    c.missing.length > 0 ? 0 : c.stale ? 1 : c.items.length === 0 ? 2 : 3;
  const rows = [...counted]
    .sort((a, b) => rank(a) - rank(b))
    .map((c) => [
      cell(c.id),
      STATUS_LABEL[c.status],
      [...c.items.map(item), ...c.pending.map((p) => `☐ ${cell(p)} _(pending)_`)].join('<br>'),
      c.reviewed ? `${c.reviewed} (${c.reviewedFrom === 'git' ? 'last commit' : 'last reviewed'})` : '',
      finding(c, evidence.maxAge),
    ]);
  return [
    `### Evidence: ${evidenced} of ${counted.length} implemented or partial controls evidenced`,
    '',
    'Evidenced compliance counts a control only when its evidence exists in the repository and was reviewed or committed within ' +
      `${evidence.maxAge} days; the declared figure is the controls file's own.`,
    '',
    table(['Scope of figure', 'Declared', 'Evidenced', 'Not evidenced'], figures, 'lrrr'),
    '',
    '<details><summary>Evidence by control</summary>',
    '',
    table(['Control', 'Status', 'Evidence', 'Dated', 'Result'], rows),
    '',
    '</details>',
  ].join('\n');
}
