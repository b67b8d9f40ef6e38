import { iso27001 } from '../catalogs/iso27001.js';
import { MAPPING_2013, NEW_IN_2022 } from '../catalogs/iso27001-2013.js';
import type { ControlEntry, Status } from '../model.js';
import { STATUS_ORDER } from '../model.js';
import type { Notice } from '../notice.js';

/** The rule whose findings carry what reading a 2013-numbered file changed. */
export const ISO2013_RULE = 'iso2013-ids';

/** The weakest of several statuses (not applicable only when every one is). */
export function weakestStatus(statuses: readonly Status[]): Status {
  return statuses.reduce((a, b) => (STATUS_ORDER.indexOf(b) > STATUS_ORDER.indexOf(a) ? b : a));
}

const titleOf = (id: string): string => iso27001.controls.find((c) => c.id === id)?.title ?? id;
const named = (id: string): string => `${id} (${titleOf(id)})`;

/** The 2013 rows that fold into each 2022 control, in catalog order of the 2022 ids. */
export function groupBy2022(entries: readonly ControlEntry[]): Map<string, ControlEntry[]> {
  const groups = new Map<string, ControlEntry[]>();
  for (const entry of entries) {
    for (const id of MAPPING_2013.get(entry.id) ?? []) groups.set(id, [...(groups.get(id) ?? []), entry]);
  }
  const order = iso27001.controls.map((c) => c.id);
  return new Map([...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

/** Joins the distinct non-empty values of a field, in row order. */
function joined(values: readonly (string | undefined)[]): string | undefined {
  const distinct = [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
  return distinct.length === 0 ? undefined : distinct.join('; ');
}

/**
 * Carries entries read by 2013 ids over to 2022 ids (ISO/IEC 27002:2022 Annex B). Each row yields a
 * notice naming the 2022 id to use; rows folding into one 2022 control are merged with the weakest
 * status, and a notice says so when their statuses differ; the 11 controls new in 2022 are named as
 * what such a file cannot cover.
 */
export function convert2013(entries: readonly ControlEntry[]): {
  entries: ControlEntry[];
  notices: Notice[];
} {
  const notices: Notice[] = [];
  for (const entry of entries) {
    const targets = MAPPING_2013.get(entry.id) ?? [];
    notices.push({
      rule: ISO2013_RULE,
      file: entry.source.file,
      line: entry.source.line,
      message: `${entry.rawId} is an ISO 27001:2013 id; use ${targets.map(named).join(' and ')}${targets.length > 1 ? ': the 2013 control was split, so decide the status of each' : ''}`,
    });
  }
  const converted: ControlEntry[] = [];
  for (const [id, rows] of groupBy2022(entries)) {
    const status = weakestStatus(rows.map((r) => r.status));
    const first = rows[0]!;
    if (new Set(rows.map((r) => r.status)).size > 1) {
      notices.push({
        rule: ISO2013_RULE,
        file: first.source.file,
        line: first.source.line,
        message: `${named(id)} merges ${rows.map((r) => `${r.id} (${r.status}, line ${r.source.line})`).join(', ')}: the weakest status, ${status}, counts`,
      });
    }
    converted.push({
      ...first,
      id,
      rawId: rows.map((r) => r.rawId).join(', '),
      status,
      owner: joined(rows.map((r) => r.owner)),
      evidence: [...new Set(rows.flatMap((r) => r.evidence))],
      justification: joined(rows.map((r) => r.justification)),
      alternative: joined(rows.map((r) => r.alternative)),
      notes: joined(rows.map((r) => r.notes)),
      title: titleOf(id),
    });
  }
  if (entries.length > 0) {
    notices.push({
      rule: ISO2013_RULE,
      file: entries[0]!.source.file,
      message: `a 2013-numbered file cannot cover the ${NEW_IN_2022.length} controls new in ISO 27001:2022, listed as gaps: ${NEW_IN_2022.map((c) => `${c.id} ${c.title}`).join(', ')}`,
    });
  }
  return { entries: converted, notices };
}
