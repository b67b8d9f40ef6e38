import { ATTRIBUTE_TYPE_NAMES, ATTRIBUTE_VALUES, type AttributeTypeId } from '../catalogs/attributes.js';
import type { Catalog } from '../catalogs/types.js';
import { score, type ControlAssessment, type Score } from './score-compliance.js';

/** One attribute value's figure: the controls carrying the value, scored together. */
export interface AttributeValueResult extends Score {
  value: string;
  /** Number of controls in scope carrying the value. */
  controls: number;
}

/** Figures per value of one ISO 27002 attribute type. A control with several values counts in each. */
export interface AttributeGrouping {
  attributeType: AttributeTypeId;
  name: string;
  values: AttributeValueResult[];
}

/**
 * Groups assessed controls by the values of an attribute type, in the standard's value order; values
 * no control in scope carries are left out. Undefined when the catalog's controls carry no attributes.
 */
export function groupByAttribute(
  catalog: Catalog,
  assessments: readonly ControlAssessment[],
  type: AttributeTypeId,
): AttributeGrouping | undefined {
  const byId = new Map(catalog.controls.map((c) => [c.id, c]));
  if (!assessments.some((a) => byId.get(a.id)?.attributes?.[type] !== undefined)) return undefined;
  const values = ATTRIBUTE_VALUES[type]
    .map((value) => {
      const members = assessments.filter((a) => byId.get(a.id)?.attributes?.[type]?.includes(value));
      return { value, controls: members.length, ...score(members) };
    })
    .filter((result) => result.controls > 0);
  return { attributeType: type, name: ATTRIBUTE_TYPE_NAMES[type], values };
}
