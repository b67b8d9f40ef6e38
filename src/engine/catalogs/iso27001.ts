import annexA from './data/iso27001-annex-a.js';
import attributes from './data/iso27002-attributes.js';
import { attributeValueSets } from './attributes.js';
import { parseAnnexAId } from './control-id.js';
import { explain2013IdIn2022File } from './iso27001-2013.js';
import { TOPICAL_DOMAINS } from './topical-domains.js';
import type { Catalog, CatalogControl, CatalogGroup, NamedControlSet } from './types.js';

/** The four themes of ISO/IEC 27001:2022 Annex A, in the standard's order. */
export const THEMES: readonly CatalogGroup[] = [
  { id: 'organizational', name: 'Organizational' },
  { id: 'people', name: 'People' },
  { id: 'physical', name: 'Physical' },
  { id: 'technological', name: 'Technological' },
];

/** The ISO 27002:2022 attribute types, as the reference facts name them. */
export const ATTRIBUTE_TYPES = [
  'control_type',
  'information_security_properties',
  'cybersecurity_concepts',
  'operational_capabilities',
  'security_domains',
] as const;

export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

const attributesById = new Map(
  attributes.controls.map((entry) => [
    entry.id,
    Object.fromEntries(ATTRIBUTE_TYPES.map((type) => [type, entry[type] as readonly string[]])),
  ]),
);

const controls: CatalogControl[] = annexA.map((entry) => ({
  id: entry.id,
  title: entry.title,
  group: entry.theme,
  attributes: attributesById.get(entry.id),
}));
const ids = new Set(controls.map((control) => control.id));

/** Topical domains first, then attribute values whose name no topical domain or theme already takes. */
function selectableSets(): NamedControlSet[] {
  const taken = new Set(THEMES.map((theme) => theme.id));
  const sets: NamedControlSet[] = [];
  const topical = TOPICAL_DOMAINS.map((d) => ({
    name: d.name,
    description: d.basis,
    controls: d.controls,
    kind: 'topical domain',
  }));
  for (const set of [...topical, ...attributeValueSets(controls)]) {
    if (taken.has(set.name)) continue;
    taken.add(set.name);
    sets.push(set);
  }
  return sets;
}

function normalizeId(raw: string): string | undefined {
  const id = parseAnnexAId(raw);
  return id !== undefined && ids.has(id) ? id : undefined;
}

/** ISO/IEC 27001:2022 Annex A: 93 controls in four themes. */
export const iso27001: Catalog = {
  id: 'iso27001',
  name: 'ISO/IEC 27001:2022 Annex A',
  label: 'ISO 27001',
  groupKind: 'theme',
  groups: THEMES,
  controls,
  normalizeId,
  domains: selectableSets(),
  numbering: 'iso27001-2022',
  explainUnknownId: explain2013IdIn2022File,
};

/** ISO/IEC 27002:2022: the same 93 controls, carrying their five attribute types. */
export const iso27002: Catalog = {
  ...iso27001,
  id: 'iso27002',
  name: 'ISO/IEC 27002:2022',
  label: 'ISO 27002',
};
