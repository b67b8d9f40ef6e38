import { ISO2013_RULE } from '../../validate/convert-2013.js';
import type { Rule } from '../rule.js';

/**
 * Reports what reading a controls file numbered by ISO 27001:2013 did: the 2022 id each row maps to,
 * rows merged with different statuses, and the controls new in 2022 such a file cannot cover. A
 * warning by default; set it to `error` to require files to be migrated (`isms-gate migrate`).
 */
export const iso2013Ids: Rule = {
  id: ISO2013_RULE,
  description:
    'The controls file uses ISO 27001:2022 ids; a 2013-numbered file is read through the 2013-to-2022 crosswalk, with each change reported.',
  defaultSeverity: 'warning',
  check({ evaluation }) {
    return (evaluation.notices ?? [])
      .filter((notice) => notice.rule === ISO2013_RULE)
      .map(({ message, file, line }) => ({ message, file, line }));
  },
};
