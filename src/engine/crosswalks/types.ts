/** One target requirement and the source controls that go towards meeting it. */
export interface CrosswalkLink {
  /** Canonical id in the target catalog, e.g. `164.312(a)(2)(iv)`. */
  target: string;
  /** Canonical ids in the source catalog, e.g. `8.24`. */
  controls: readonly string[];
  /** `full`: the controls address the whole requirement; `partial`: part of it. */
  strength: 'full' | 'partial';
  /** Why these controls, and what a partial mapping leaves to do. */
  rationale: string;
}

/** A mapping from one standard's controls to another's requirements, for derived posture. */
export interface Crosswalk {
  /** Numbering of the source catalog (see `numberingOf`), e.g. `iso27001-2022`. */
  from: string;
  /** Id of the target catalog. */
  to: string;
  /** The public sources the mapping was written from. */
  basis: string;
  links: readonly CrosswalkLink[];
}
