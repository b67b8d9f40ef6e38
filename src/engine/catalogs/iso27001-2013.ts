import annexA from './data/iso27001-annex-a.js';
import crosswalk from './data/iso27001-2013-crosswalk.js';
import { parse2013Id, parseAnnexAId } from './control-id.js';
import type { Catalog, CatalogControl } from './types.js';

/** Each 2013 Annex A control id (`A.9.4.2`) with the 2022 control(s) that replace it (ISO/IEC 27002:2022 Annex B). */
export const MAPPING_2013: ReadonlyMap<string, readonly string[]> = new Map(
  crosswalk.mappings.map((m) => [m.id_2013, m.ids_2022]),
);

/** The 11 controls new in 2022, which no 2013 control covers. */
export const NEW_IN_2022: readonly { id: string; title: string }[] = crosswalk.new_2022_controls_with_titles;

const annexA2022 = new Set(annexA.map((c) => c.id));

/** The 2013 clause (`A.9`) a control id belongs to, as its group. */
function clauseOf(id: string): string {
  return id.split('.').slice(0, 2).join('.');
}

const controls: CatalogControl[] = crosswalk.mappings.map((m) => ({
  id: m.id_2013,
  title: m.title_2013,
  group: clauseOf(m.id_2013),
}));

/**
 * ISO/IEC 27001:2013 Annex A (114 controls), used only to read files numbered by the old edition
 * before their rows are carried over to 2022 ids; it is never a standard a report scores.
 */
export const iso27001of2013: Catalog = {
  id: 'iso27001-2013',
  name: 'ISO/IEC 27001:2013 Annex A',
  label: 'ISO 27001:2013',
  groupKind: 'clause',
  groups: [...new Set(controls.map((c) => c.group))].map((id) => ({ id, name: id })),
  controls,
  normalizeId(raw) {
    const id = parse2013Id(raw);
    return id !== undefined && MAPPING_2013.has(id) ? id : undefined;
  },
  explainUnknownId(raw) {
    const id = parseAnnexAId(raw);
    if (id === undefined || !annexA2022.has(id)) return undefined;
    return `${JSON.stringify(raw.trim())} is an ISO 27001:2022 id, but most rows of this file use 2013 ids (A.9.4.2); use one edition per file`;
  },
};

/** Explains a 2013 id met in a file read by 2022 ids: which 2022 id(s) replace it. */
export function explain2013IdIn2022File(raw: string): string | undefined {
  const id = parse2013Id(raw);
  const targets = id === undefined ? undefined : MAPPING_2013.get(id);
  if (targets === undefined) return undefined;
  return `${JSON.stringify(raw.trim())} is an ISO 27001:2013 id (2022: ${targets.join(', ')}), but most rows of this file use 2022 ids; use one edition per file (isms-gate migrate rewrites a 2013 file)`;
}
