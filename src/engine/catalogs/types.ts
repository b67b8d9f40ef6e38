/** One requirement of a framework: an Annex A control, a HIPAA specification, a custom control. */
export interface CatalogControl {
  /** Canonical id, e.g. `5.15` or `164.312(a)(2)(iv)`. */
  id: string;
  title: string;
  /** Id of the group the control belongs to: an Annex A theme, a HIPAA safeguard, a custom group. */
  group: string;
  /** HIPAA only: true for Required (and standards), false for Addressable. */
  required?: boolean;
  /** ISO 27002 attribute values by attribute type (`control_type`, `security_domains`, ...). */
  attributes?: Readonly<Record<string, readonly string[]>>;
  /** HIPAA: whether the entry is a standard or one of its implementation specifications. */
  kind?: 'standard' | 'specification';
  /** Id of the entry this one belongs to (a HIPAA specification's standard, an OSCAL enhancement's control). */
  parent?: string;
  /**
   * False for an entry scored through its children rather than by itself (a HIPAA standard that has
   * implementation specifications), so the same requirement is never counted twice.
   */
  scored?: boolean;
}

/** A group of controls reported with its own percentage. */
export interface CatalogGroup {
  id: string;
  name: string;
}

/** A framework the gate can score a controls file against. */
export interface Catalog {
  /** The name users type: `iso27001`, `hipaa`, or a custom catalog's id. */
  id: string;
  /** Full name for reports, e.g. `ISO/IEC 27001:2022 Annex A`. */
  name: string;
  /** Short name for badges and headings, e.g. `ISO 27001`. */
  label: string;
  /** What a group is called in this framework: `theme`, `safeguard` or `group`. */
  groupKind: string;
  groups: readonly CatalogGroup[];
  controls: readonly CatalogControl[];
  /** The canonical id for what a user wrote, or undefined when it names no control of this catalog. */
  normalizeId(raw: string): string | undefined;
  /** Named sets of controls `--domains` accepts besides the groups (topical domains, attribute values). */
  domains?: readonly NamedControlSet[];
  /**
   * Why marking `control` not applicable is invalid input, or undefined when it is allowed. Without
   * this hook a justification is required (ISO 27001 clause 6.1.3 d).
   */
  notApplicableError?(control: CatalogControl, entry: { justification?: string }): string | undefined;
  /** A better message for an id this catalog does not know but recognises (an id of another edition). */
  explainUnknownId?(raw: string): string | undefined;
  /** Catalogs sharing a numbering read the same controls file directly (ISO 27001 and 27002); default: id. */
  numbering?: string;
  /** Where a custom catalog came from (file path), for messages; undefined for a built-in one. */
  source?: string;
}

/** A named set of controls users can select, e.g. the topical domain `access-control`. */
export interface NamedControlSet {
  /** Slug users type, e.g. `access-control`. */
  name: string;
  description: string;
  controls: readonly string[];
  /** What kind of set this is, for listing valid names: `topical domain`, `attribute value`. */
  kind?: string;
}

/** Looks a control up by canonical id. */
export function indexControls(catalog: Catalog): ReadonlyMap<string, CatalogControl> {
  return new Map(catalog.controls.map((control) => [control.id, control]));
}

/** Catalogs sharing a numbering read the same controls file directly (ISO 27001 and 27002 do). */
export function numberingOf(catalog: Catalog): string {
  return catalog.numbering ?? catalog.id;
}
