import type { Rule } from '../rule.js';

/** Fails when an implemented control names evidence that is not in the repository. */
export const evidenceMissing: Rule = {
  id: 'evidence-missing',
  description:
    'Every repository path, folder or glob named as evidence of an implemented control exists in the workspace.',
  defaultSeverity: 'error',
  check({ evaluation }) {
    return (evaluation.evidence?.controls ?? [])
      .filter((control) => control.status === 'implemented' && control.missing.length > 0)
      .map((control) => {
        const names = control.items
          .filter((item) => item.exists === false)
          .map((item) => {
            const resolved = item.kind === 'path' ? item.path : item.kind === 'glob' ? item.pattern : '';
            return resolved === item.written ? `"${item.written}"` : `"${item.written}" (${resolved})`;
          });
        return {
          file: control.source.file,
          line: control.source.line,
          message: `control ${control.id} is implemented but its evidence ${names.join(', ')} ${names.length === 1 ? 'does' : 'do'} not exist in the workspace`,
        };
      });
  },
};
