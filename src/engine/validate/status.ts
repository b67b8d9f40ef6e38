import { memoize } from '../memo.js';
import type { Status } from '../model.js';

const VOCABULARY: Readonly<Record<Exclude<Status, 'not-assessed'>, readonly string[]>> = {
  implemented: [
    'implemented',
    'yes',
    'done',
    'complete',
    'completed',
    'in place',
    'effective',
    'fully implemented',
  ],
  partial: ['partial', 'partially implemented', 'partially', 'in progress'],
  planned: ['planned'],
  'not-implemented': ['not implemented', 'no', 'not started', 'missing', ''],
  'not-applicable': ['n/a', 'na', 'not applicable', 'excluded'],
};

const lookup = new Map<string, Status>();
for (const [status, words] of Object.entries(VOCABULARY) as [Status, readonly string[]][]) {
  for (const word of words) lookup.set(word, status);
}

/** Reduces a status cell to the form the vocabulary lists: trimmed, lower case, `_` and `-` as spaces. */
function normalize(value: string): string {
  return value.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The status a cell means, or undefined when the word is not in the vocabulary. */
export function parseStatus(value: string | undefined): Status | undefined {
  return statusOf(value ?? '');
}

const statusOf = memoize((value: string) => lookup.get(normalize(value)));

/** The accepted words, for error messages. */
export function statusWords(): string {
  return Object.entries(VOCABULARY)
    .map(
      ([status, words]) =>
        `${status}: ${words.filter((w) => w !== '').join(', ')}${words.includes('') ? ', (empty)' : ''}`,
    )
    .join('; ');
}
