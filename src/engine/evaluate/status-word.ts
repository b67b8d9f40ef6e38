import type { Status } from '../model.js';

/** A control status as it reads inside a sentence. */
export const STATUS_WORD: Record<Status, string> = {
  implemented: 'implemented',
  partial: 'partially implemented',
  planned: 'only planned',
  'not-implemented': 'not implemented',
  'not-applicable': 'marked not applicable',
  'not-assessed': 'not assessed',
};
