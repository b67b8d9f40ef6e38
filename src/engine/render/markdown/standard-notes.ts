import { attributeValueSlug } from '../../catalogs/attributes.js';
import type { StandardResult } from '../../evaluate/evaluate-standard.js';
import type { Report } from '../../pipeline.js';
import { cell, inline } from '../escape.js';
import { pct, table } from './table.js';

function scope(report: Report): string {
  const domains = report.settings.domains;
  if (domains.length === 0) return '';
  const counts = report.standards
    .map((s) => `${s.label}: ${s.controls.length} ${s.controls.length === 1 ? 'control' : 'controls'}`)
    .join('; ');
  return `Scope: domains ${domains.map((d) => `\`${inline(d).replace(/`/g, '')}\``).join(', ')} (${counts}).`;
}

function derived(s: StandardResult): string {
  if (s.derivedFrom === undefined) return '';
  const full = s.controls.filter((c) => c.derived?.strength === 'full').length;
  const partial = s.controls.length - full;
  return `${cell(s.label)} is derived from the ${cell(s.derivedFrom)} controls file through the crosswalk (${full} requirements mapped in full, ${partial} in part; a partial mapping scores at most partial). It estimates posture; it is not evidence of ${cell(s.label.replace(/ \(derived\)$/, ''))} compliance by itself.`;
}

function grouping(s: StandardResult): string {
  if (!s.grouping) return '';
  const rows = s.grouping.values.map((v) => [
    cell(attributeValueSlug(v.value)),
    String(v.controls),
    `**${pct(v.percentage)}**`,
    String(v.counts.implemented),
    String(v.counts.partial),
    String(v.counts['not-implemented'] + v.counts.planned + v.counts['not-assessed']),
    String(v.counts['not-applicable']),
  ]);
  return [
    `### ${cell(s.label)} by ${cell(s.grouping.name.toLowerCase())}`,
    '',
    'A control carrying several values counts under each.',
    '',
    table(['Value', 'Controls', 'Compliance', 'Implemented', 'Partial', 'Open', 'N/A'], rows, 'lrrrrrr'),
  ].join('\n');
}

/** What qualifies the figures: the domain scope, derived standards, per-attribute-value figures. */
export function renderStandardNotes(report: Report): string {
  return [scope(report), ...report.standards.map(derived), ...report.standards.map(grouping)]
    .filter((part) => part !== '')
    .join('\n\n');
}
