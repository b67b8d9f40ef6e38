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
}

/** Looks a control up by canonical id. */
export function indexControls(catalog: Catalog): ReadonlyMap<string, CatalogControl> {
  return new Map(catalog.controls.map((control) => [control.id, control]));
}
