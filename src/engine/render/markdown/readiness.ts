import type { Readiness, ReadinessItem } from '../../readiness/checklists.js';
import { cell, inline } from '../escape.js';
import { table } from './table.js';

function checklist(items: readonly ReadinessItem[]): string {
  return items
    .map((i) => {
      const detail = i.ok ? i.found.map(inline).join('; ') : `missing: ${i.missing.map(inline).join('; ')}`;
      return `- [${i.ok ? 'x' : ' '}] ${i.text}${detail ? ` — ${detail}` : ''}`;
    })
    .join('\n');
}

/** The seed's Stage 1 and Stage 2 checklists, each item checked from the repository, then the documents. */
export function renderReadiness(readiness: Readiness): string {
  const met = (items: readonly ReadinessItem[]) => `${items.filter((i) => i.ok).length} of ${items.length}`;
  const docs = readiness.documents.map((d) => [
    d.kind.clause,
    cell(d.kind.name),
    d.file ? `\`${cell(d.file).replace(/`/g, '')}\`` : `❌ not found: ${cell(d.spec.written)}`,
    d.approved
      ? `${cell(d.front!.approvedBy)} on ${d.front!.approvedOn}`
      : d.approvalRequired
        ? '❌ not approved'
        : '',
    d.reviewed ?? '',
    d.nextReview ? `${d.overdue ? '❌ ' : ''}${d.nextReview}` : '',
  ]);
  return [
    '### Certification readiness',
    '',
    `**Before Stage 1** (${met(readiness.stage1)} met)`,
    '',
    checklist(readiness.stage1),
    '',
    `**Before Stage 2** (${met(readiness.stage2)} met)`,
    '',
    checklist(readiness.stage2),
    '',
    '<details><summary>ISMS documents (clauses requiring documented information)</summary>',
    '',
    table(['Clause', 'Document', 'File', 'Approved', 'Reviewed', 'Next review'], docs),
    '',
    '</details>',
  ].join('\n');
}
