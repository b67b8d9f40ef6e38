import type { Soa, SoaRow } from '../../soa/build-soa.js';
import { cell } from '../escape.js';

/** `Yes`, `No`, or why it is neither. */
export function applicableLabel(row: SoaRow): string {
  if (row.applicable === true) return 'Yes';
  if (row.applicable === false) return 'No';
  return row.source ? 'Not decided' : 'Missing';
}

/** The three checks of clause 6.1.3 d), each as a line that says what passed or what is wrong. */
export function soaCheckLines(soa: Soa): { ok: boolean; text: string }[] {
  const { checks } = soa;
  const present = checks.total - checks.missing.length;
  const decided = checks.missing.length === 0 && checks.undecided.length === 0;
  return [
    {
      ok: decided,
      text: decided
        ? `Every control is present and decided: ${present} of ${checks.total}.`
        : [
            checks.missing.length > 0
              ? `${checks.missing.length} missing (${checks.missing.map(cell).join(', ')})`
              : '',
            checks.undecided.length > 0
              ? `${checks.undecided.length} not decided (${checks.undecided.map(cell).join(', ')})`
              : '',
          ]
            .filter(Boolean)
            .join('; ')
            .replace(/^(.*)$/, `${present} of ${checks.total} controls present; $1.`),
    },
    {
      ok: checks.unjustified.length === 0,
      text:
        checks.unjustified.length === 0
          ? 'Every exclusion is justified.'
          : `Exclusions without a justification: ${checks.unjustified.map(cell).join(', ')}.`,
    },
    {
      ok: checks.excludedButRelied.length === 0,
      text:
        checks.excludedButRelied.length === 0
          ? 'No control marked not applicable is relied on by a risk.'
          : `Excluded but relied on by risks: ${checks.excludedButRelied
              .map((e) => `${cell(e.id)} (${e.risks.map(cell).join(', ')})`)
              .join(', ')}.`,
    },
  ];
}
