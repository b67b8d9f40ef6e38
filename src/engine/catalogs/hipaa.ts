import rule from './data/hipaa-security-rule.js';
import type { Catalog, CatalogControl, CatalogGroup } from './types.js';

/** The five groups of the Security Rule, in the regulation's order. */
export const SAFEGUARDS: readonly CatalogGroup[] = [
  { id: 'administrative', name: 'Administrative safeguards (164.308)' },
  { id: 'physical', name: 'Physical safeguards (164.310)' },
  { id: 'technical', name: 'Technical safeguards (164.312)' },
  { id: 'organizational', name: 'Organizational requirements (164.314)' },
  { id: 'documentation', name: 'Policies, procedures and documentation (164.316)' },
];

/**
 * Required entries whose own text limits them to some kinds of entity. Everywhere else a Required
 * entry can never be not applicable; these may be, with a justification saying the condition does
 * not hold (e.g. a covered entity that is not a group health plan).
 */
export const HIPAA_SCOPE_CONDITIONS: Readonly<Record<string, string>> = {
  '164.308(a)(4)(ii)(A)': 'applies only to a health care clearinghouse that is part of a larger organization',
  '164.314(a)(2)(ii)':
    'applies only where the covered entity and its business associate are both government entities',
  '164.314(a)(2)(iii)': 'applies only to a business associate that engages subcontractors',
  '164.314(b)(1)': 'applies only to group health plans',
  '164.314(b)(2)(i)': 'applies only to group health plans',
  '164.314(b)(2)(ii)': 'applies only to group health plans',
  '164.314(b)(2)(iii)': 'applies only to group health plans',
  '164.314(b)(2)(iv)': 'applies only to group health plans',
};

const withSpecifications = new Set(
  rule.requirements.filter((r) => r.type === 'implementation_specification').map((r) => r.standard_id),
);

const controls: CatalogControl[] = rule.requirements.map((r) => {
  const isStandard = r.type === 'standard';
  return {
    id: r.id,
    title: r.title,
    group: r.safeguard,
    required: r.required,
    kind: isStandard ? 'standard' : 'specification',
    parent: isStandard ? undefined : r.standard_id,
    // A standard with specifications is met through them; scoring it too would count it twice.
    scored: !(isStandard && withSpecifications.has(r.id)),
  };
});

/** A CFR reference reduced for lookup: no `45 CFR`, `§`, `sec.` or spaces, lower case. */
function reduce(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/^\s*(?:45\s*c\.?\s*f\.?\s*r\.?\s*(?:part\s*)?)?(?:§+|sec\.?|section)?/, '')
    .replace(/\s+/g, '');
}

const lookup = new Map<string, string>();
for (const r of rule.requirements) {
  lookup.set(reduce(r.id), r.id);
  // The standard's own paragraph, `164.308(a)(1)(i)`, names the standard.
  if ('cfr_paragraph' in r && typeof r.cfr_paragraph === 'string') lookup.set(reduce(r.cfr_paragraph), r.id);
}

/** The canonical CFR id for what a user wrote (`164.312 (a)(2)(IV)`, `§164.312(a)(2)(iv)`), or undefined. */
export function normalizeHipaaId(raw: string): string | undefined {
  return lookup.get(reduce(raw));
}

/** Why marking a HIPAA entry not applicable is invalid, or undefined when it is allowed. */
function notApplicableError(control: CatalogControl, entry: { justification?: string }): string | undefined {
  const condition = HIPAA_SCOPE_CONDITIONS[control.id];
  if (control.required && condition === undefined) {
    return `${control.id} ${control.title} is ${control.kind === 'standard' ? 'a standard' : 'a Required specification'}: it cannot be not applicable (45 CFR 164.306(d)(2)); only Addressable specifications may be set aside, under 164.306(d)(3)`;
  }
  if (control.required && entry.justification === undefined) {
    return `${control.id} ${control.title} ${condition}; marking it not applicable needs a justification saying why that condition does not hold (add a "justification" column)`;
  }
  return undefined;
}

/** The HIPAA Security Rule, 45 CFR 164.308-164.316: 22 standards and 46 implementation specifications. */
export const hipaa: Catalog = {
  id: 'hipaa',
  name: 'HIPAA Security Rule (45 CFR 164.308-164.316)',
  label: 'HIPAA',
  groupKind: 'safeguard',
  groups: SAFEGUARDS,
  controls,
  normalizeId: normalizeHipaaId,
  notApplicableError,
};
