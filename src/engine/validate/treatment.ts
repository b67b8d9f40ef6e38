import { memoize } from '../memo.js';
import type { Treatment } from '../model.js';

const WORDS: Readonly<Record<Treatment, readonly string[]>> = {
  mitigate: ['mitigate', 'modify', 'reduce', 'treat', 'mitigation', 'mitigated', 'control'],
  accept: ['accept', 'retain', 'tolerate', 'accepted', 'retained'],
  transfer: ['transfer', 'share', 'transferred', 'shared', 'insure'],
  avoid: ['avoid', 'terminate', 'avoided', 'eliminate'],
};

const lookup = new Map<string, Treatment>();
for (const [treatment, words] of Object.entries(WORDS) as [Treatment, readonly string[]][]) {
  for (const word of words) lookup.set(word, treatment);
}

/** The ISO 27005 option a treatment cell names (2018 and 2022 wording alike), or undefined. */
export const parseTreatment: (value: string) => Treatment | undefined = memoize((value) =>
  lookup.get(value.trim().toLowerCase().replace(/[_-]+/g, ' ')),
);

/** The accepted words, for error messages. */
export function treatmentWords(): string {
  return Object.entries(WORDS)
    .map(([treatment, words]) => `${treatment} (${words.join(', ')})`)
    .join('; ');
}
