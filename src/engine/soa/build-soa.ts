import type { Catalog } from '../catalogs/types.js';
import type { ControlEntry, RiskEntry, SourceRef, Status } from '../model.js';

/** One Annex A control as the Statement of Applicability states it. */
export interface SoaRow {
  id: string;
  title: string;
  theme: string;
  /** True applicable, false excluded, undefined when the controls file leaves it absent or undecided. */
  applicable: boolean | undefined;
  status: Status;
  /** For an exclusion, why; for an inclusion, the file's justification or the risks it treats. */
  justification?: string;
  owner?: string;
  evidence: string[];
  /** Ids of the risks whose treatment relies on the control. */
  risks: string[];
  /** Why the control is undecided (`status "TBD"`), when it is. */
  undecided?: string;
  source?: SourceRef;
}

/** A control marked not applicable that risks still rely on. */
export interface ExcludedButRelied {
  id: string;
  risks: string[];
  source?: SourceRef;
}

/** Clause 6.1.3 d): every control present and decided, every exclusion justified, none contradicting a risk. */
export interface SoaChecks {
  total: number;
  /** Controls the file does not list. */
  missing: string[];
  /** Controls listed but not decided (TBD). */
  undecided: string[];
  /** Exclusions without a justification (the parser rejects them, so this is empty for valid files). */
  unjustified: string[];
  excludedButRelied: ExcludedButRelied[];
  passed: boolean;
}

/** The whole Statement of Applicability: every control of the catalog and the 6.1.3 d) checks. */
export interface Soa {
  standard: string;
  name: string;
  rows: SoaRow[];
  checks: SoaChecks;
}

/**
 * Builds the Statement of Applicability from the controls file and the risk register: all controls
 * of the catalog in its order, each with applicability, justification, status, owner, evidence and
 * the risks relying on it.
 */
export function buildSoa(
  catalog: Catalog,
  entries: readonly ControlEntry[],
  risks: readonly RiskEntry[],
): Soa {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const groupName = new Map(catalog.groups.map((group) => [group.id, group.name]));
  // One pass over the register: filtering it once per control cost 93 passes over a million risks.
  const relyingOn = new Map<string, string[]>();
  for (const risk of risks) {
    for (const id of risk.controls) {
      const list = relyingOn.get(id);
      if (list) list.push(risk.id);
      else relyingOn.set(id, [risk.id]);
    }
  }
  const rows = catalog.controls.map((control): SoaRow => {
    const entry = byId.get(control.id);
    const relying = relyingOn.get(control.id) ?? [];
    const status: Status = entry?.status ?? 'not-assessed';
    const applicable =
      entry === undefined || entry.undecided !== undefined ? undefined : status !== 'not-applicable';
    const justification =
      entry?.justification ?? (applicable && relying.length > 0 ? `Treats ${relying.join(', ')}` : undefined);
    return {
      id: control.id,
      title: control.title,
      theme: groupName.get(control.group) ?? control.group,
      applicable,
      status,
      ...(justification !== undefined ? { justification } : {}),
      ...(entry?.owner !== undefined ? { owner: entry.owner } : {}),
      evidence: [...(entry?.evidence ?? [])],
      risks: relying,
      ...(entry?.undecided !== undefined ? { undecided: entry.undecided } : {}),
      ...(entry ? { source: entry.source } : {}),
    };
  });
  const missing = rows.filter((row) => row.source === undefined).map((row) => row.id);
  const undecided = rows.filter((row) => row.undecided !== undefined).map((row) => row.id);
  const unjustified = rows
    .filter((row) => row.applicable === false && !row.justification)
    .map((row) => row.id);
  const excludedButRelied = rows
    .filter((row) => row.applicable === false && row.risks.length > 0)
    .map((row) => ({ id: row.id, risks: row.risks, ...(row.source ? { source: row.source } : {}) }));
  return {
    standard: catalog.id,
    name: catalog.name,
    rows,
    checks: {
      total: rows.length,
      missing,
      undecided,
      unjustified,
      excludedButRelied,
      passed:
        missing.length === 0 &&
        undecided.length === 0 &&
        unjustified.length === 0 &&
        excludedButRelied.length === 0,
    },
  };
}
