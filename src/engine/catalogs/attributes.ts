import { InputError } from '../errors.js';
import attributeData from './data/iso27002-attributes.js';
import type { CatalogControl, NamedControlSet } from './types.js';

/** The five ISO 27002:2022 attribute types, as the reference facts name them, with their report names. */
export const ATTRIBUTE_TYPE_NAMES = {
  control_type: 'Control type',
  information_security_properties: 'Information security properties',
  cybersecurity_concepts: 'Cybersecurity concepts',
  operational_capabilities: 'Operational capabilities',
  security_domains: 'Security domains',
} as const;

export type AttributeTypeId = keyof typeof ATTRIBUTE_TYPE_NAMES;

/** The values each attribute type allows, in the standard's order. */
export const ATTRIBUTE_VALUES: Readonly<Record<AttributeTypeId, readonly string[]>> =
  attributeData.allowed_values;

/** The slug users type for an attribute type: `control-type`, `operational-capability`, ... */
export const ATTRIBUTE_TYPE_SLUGS: Readonly<Record<AttributeTypeId, string>> = {
  control_type: 'control-type',
  information_security_properties: 'security-property',
  cybersecurity_concepts: 'cybersecurity-concept',
  operational_capabilities: 'operational-capability',
  security_domains: 'security-domain',
};

/** A name reduced for comparison: lower case, `_`, spaces and `-` as one `-`. */
function slug(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
}

/** Singular of a slug's last word, so `operational-capabilities` and `operational-capability` meet. */
function singular(name: string): string {
  return name.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
}

/**
 * The attribute type a `--group-by` value names, accepting singular or plural, dashes or underscores,
 * and the long form (`information-security-properties`). Unknown names are an error listing the valid ones.
 */
export function parseAttributeType(raw: string): AttributeTypeId {
  const key = singular(slug(raw));
  for (const [id, short] of Object.entries(ATTRIBUTE_TYPE_SLUGS) as [AttributeTypeId, string][]) {
    if (key === short || key === singular(slug(id))) return id;
  }
  throw new InputError(
    `--group-by ${JSON.stringify(raw)} is not an ISO 27002 attribute type. Valid: ${Object.values(
      ATTRIBUTE_TYPE_SLUGS,
    ).join(', ')} (singular or plural, with - or _).`,
  );
}

/** The slug users type for an attribute value: `identity_and_access_management` -> `identity-and-access-management`. */
export function attributeValueSlug(value: string): string {
  return slug(value);
}

/**
 * Each attribute value as a selectable set of controls (`identity-and-access-management`,
 * `preventive`, ...), also under its qualified name `operational-capability:governance` so a value
 * shadowed by a topical domain of the same name stays reachable.
 */
export function attributeValueSets(controls: readonly CatalogControl[]): NamedControlSet[] {
  const sets: NamedControlSet[] = [];
  for (const [type, values] of Object.entries(ATTRIBUTE_VALUES) as [AttributeTypeId, readonly string[]][]) {
    for (const value of values) {
      const members = controls.filter((c) => c.attributes?.[type]?.includes(value)).map((c) => c.id);
      const description = `ISO 27002 ${ATTRIBUTE_TYPE_NAMES[type].toLowerCase()}: ${value}`;
      const kind = 'attribute value';
      sets.push({ name: attributeValueSlug(value), description, controls: members, kind });
      sets.push({
        name: `${ATTRIBUTE_TYPE_SLUGS[type]}:${attributeValueSlug(value)}`,
        description,
        controls: members,
        kind: 'qualified attribute value',
      });
    }
  }
  return sets;
}
