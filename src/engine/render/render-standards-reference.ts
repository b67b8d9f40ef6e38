import {
  ATTRIBUTE_TYPE_NAMES,
  ATTRIBUTE_TYPE_SLUGS,
  ATTRIBUTE_VALUES,
  attributeValueSlug,
} from '../catalogs/attributes.js';
import { hipaa, HIPAA_SCOPE_CONDITIONS } from '../catalogs/hipaa.js';
import { TOPICAL_DOMAINS } from '../catalogs/topical-domains.js';
import { HIPAA_FROM_ISO27001 } from '../crosswalks/hipaa-from-iso27001.js';
import { table } from './markdown/table.js';

/** The reference part of docs/standards.md, generated from the catalog data so the docs cannot drift. */
export function renderStandardsReference(): string {
  const topical = table(
    ['Domain', 'Controls', 'Basis'],
    TOPICAL_DOMAINS.map((d) => [`\`${d.name}\``, d.controls.join(', '), d.basis]),
  );
  const attributes = table(
    ['Attribute type (`--group-by`)', 'Values (`--domains`)'],
    Object.entries(ATTRIBUTE_TYPE_SLUGS).map(([type, slug]) => [
      `\`${slug}\` (${ATTRIBUTE_TYPE_NAMES[type as keyof typeof ATTRIBUTE_TYPE_NAMES]})`,
      ATTRIBUTE_VALUES[type as keyof typeof ATTRIBUTE_VALUES]
        .map((v) => `\`${attributeValueSlug(v)}\``)
        .join(', '),
    ]),
  );
  const scope = table(
    ['Entry', 'Condition'],
    Object.entries(HIPAA_SCOPE_CONDITIONS).map(([id, condition]) => [id, condition]),
  );
  const titles = new Map(hipaa.controls.map((c) => [c.id, c]));
  const crosswalk = table(
    ['HIPAA', 'Title', 'Annex A (2022)', 'Strength', 'Rationale'],
    HIPAA_FROM_ISO27001.links.map((l) => {
      const control = titles.get(l.target)!;
      const kind = control.kind === 'standard' ? 'standard' : control.required ? 'R' : 'A';
      return [l.target, `${control.title} (${kind})`, l.controls.join(', '), l.strength, l.rationale];
    }),
  );
  return [
    '### Topical domains (ISO 27001 and ISO 27002)',
    '',
    topical,
    '',
    '### ISO 27002 attribute types and values',
    '',
    attributes,
    '',
    '### HIPAA Required entries that may be not applicable (with a justification)',
    '',
    scope,
    '',
    '### HIPAA from ISO 27001:2022 crosswalk',
    '',
    `Basis: ${HIPAA_FROM_ISO27001.basis}. R = Required, A = Addressable.`,
    '',
    crosswalk,
    '',
  ].join('\n');
}
