import type { RiskReview } from '../../evaluate/review-risks.js';
import { cell } from '../escape.js';
import { LEVEL_BADGE, STATUS_LABEL } from './labels.js';
import { table } from './table.js';

/** How a residual figure was obtained, in words. */
export function residualBasis(r: RiskReview): string {
  if (r.residual.basis === 'stated') return `stated ${r.residual.likelihood} x ${r.residual.impact}`;
  if (r.controls.length === 0) return 'computed: no linked control, so inherent';
  const floored = r.risk.score * (1 - r.residual.effectiveness!) < 1 ? ', floored at 1' : '';
  return `computed: ${r.risk.score} x (1 - ${r.residual.effectiveness}) from ${r.controls.length} linked ${r.controls.length === 1 ? 'control' : 'controls'}${floored}`;
}

/** Inherent against residual for every risk, with how each residual was obtained. */
export function renderResidual(items: readonly RiskReview[]): string {
  const rows = items.map((r) => [
    cell(r.risk.id),
    String(r.risk.score),
    LEVEL_BADGE[r.risk.level],
    String(r.residual.score),
    LEVEL_BADGE[r.residual.level],
    residualBasis(r),
    r.controls.map((c) => cell(c.id)).join(', '),
  ]);
  return [
    '### Residual risk',
    '',
    'Residual = residual likelihood x residual impact where the register states them; otherwise inherent x (1 - effectiveness), effectiveness the mean over the linked controls of implemented 1, partial 0.5, anything else 0, never below 1.',
    '',
    table(['Risk', 'Inherent', 'Level', 'Residual', 'Residual level', 'Basis', 'Controls'], rows, 'lrlrlll'),
  ].join('\n');
}

/** Treatments relying on controls that do not work yet, listed by risk with the control's row. */
export function renderIneffective(items: readonly RiskReview[]): string {
  const rows = items.flatMap((r) =>
    r.ineffective.map((c) => [
      cell(r.risk.id),
      LEVEL_BADGE[r.risk.level],
      cell(c.id),
      STATUS_LABEL[c.status],
      c.file ? cell(`${c.file}:${c.line}`) : '_not in the controls file_',
    ]),
  );
  if (rows.length === 0) return '';
  return [
    `### Ineffective treatments (${rows.length})`,
    '',
    table(['Risk', 'Level', 'Control relied on', 'Control status', 'Control row'], rows, 'lllll'),
  ].join('\n');
}
