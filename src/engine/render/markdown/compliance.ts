import type { StandardResult } from '../../evaluate/evaluate-standard.js';
import type { Score } from '../../evaluate/score-compliance.js';
import { cell } from '../escape.js';
import { pct, table } from './table.js';

const HEADERS = ['Compliance', 'Implemented', 'Partial', 'Planned', 'Not implemented', 'Not assessed', 'N/A'];

function figures(score: Score): string[] {
  const c = score.counts;
  return [
    `**${pct(score.percentage)}**`,
    String(c.implemented),
    String(c.partial),
    String(c.planned),
    String(c['not-implemented']),
    String(c['not-assessed']),
    String(c['not-applicable']),
  ];
}

/** Per standard: the overall figure, then one row per group (theme, safeguard). */
export function renderCompliance(standards: readonly StandardResult[]): string {
  return standards
    .map((s) => {
      const kind = s.groupKind[0]!.toUpperCase() + s.groupKind.slice(1);
      const rows = [
        [`**${cell(s.name)}**`, ...figures(s)],
        ...s.domains.map((d) => [cell(d.name), ...figures(d)]),
      ];
      return [`### Compliance: ${cell(s.label)}`, '', table([kind, ...HEADERS], rows, 'lrrrrrrr')].join('\n');
    })
    .join('\n\n');
}
