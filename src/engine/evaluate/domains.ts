import type { Catalog } from '../catalogs/types.js';
import { InputError } from '../errors.js';

/** A selectable domain: a name users type and the controls it stands for. */
export interface DomainDefinition {
  name: string;
  description: string;
  controls: readonly string[];
  /** `theme`, `safeguard`, `topical domain`, ...: how the error for an unknown name groups the valid ones. */
  kind?: string;
}

/** Reduces a domain name as typed (`Access Control`, `access_control`) to its slug (`access-control`). */
export function domainSlug(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/^organisational$/, 'organizational');
}

/** The domains a catalog offers to `--domains`: its groups by slug, then its other named sets. */
export function catalogDomains(catalog: Catalog): DomainDefinition[] {
  return [...groupDomains(catalog), ...(catalog.domains ?? [])];
}

function groupDomains(catalog: Catalog): DomainDefinition[] {
  return catalog.groups.map((group) => ({
    name: domainSlug(group.id),
    description: `${catalog.groupKind} ${group.name}`,
    kind: catalog.groupKind,
    controls: catalog.controls.filter((control) => control.group === group.id).map((control) => control.id),
  }));
}

/**
 * The control ids selected by `--domains`, or undefined when no domain was named (all controls).
 * An unknown name is an error listing every valid one: a filter that matches nothing would report a
 * meaningless 0 %.
 */
export function selectControls(
  names: readonly string[],
  catalog: Catalog,
  domains: readonly DomainDefinition[] = catalogDomains(catalog),
): Set<string> | undefined {
  if (names.length === 0) return undefined;
  const bySlug = new Map(domains.map((domain) => [domain.name, domain]));
  const unknown = names.filter((name) => !bySlug.has(domainSlug(name)));
  if (unknown.length > 0) {
    throw new InputError(
      `Unknown domain ${unknown.map((n) => JSON.stringify(n)).join(', ')} for ${catalog.name}. Valid domains: ${validDomainList(domains)}.`,
    );
  }
  const selected = new Set<string>();
  for (const name of names) for (const id of bySlug.get(domainSlug(name))!.controls) selected.add(id);
  return selected;
}

/** Every valid domain name, grouped by kind (`theme: a, b; topical domain: c, d`). */
export function validDomainList(domains: readonly DomainDefinition[]): string {
  const byKind = new Map<string, string[]>();
  for (const domain of domains) {
    const kind = domain.kind ?? 'domain';
    byKind.set(kind, [...(byKind.get(kind) ?? []), domain.name]);
  }
  return [...byKind].map(([kind, names]) => `${kind}: ${names.join(', ')}`).join('; ');
}
