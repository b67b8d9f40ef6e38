import type { Catalog, CatalogControl } from '../catalogs/types.js';
import { catalogDomains } from '../evaluate/domains.js';
import { toCsv } from './csv.js';
import { cell } from './escape.js';
import { table } from './markdown/table.js';

/** The formats `isms-gate catalog` prints. */
export const CATALOG_FORMATS = ['json', 'markdown', 'csv'] as const;
export type CatalogFormat = (typeof CATALOG_FORMATS)[number];

const hasRequired = (catalog: Catalog) => catalog.controls.some((c) => c.required !== undefined);
const hasParent = (catalog: Catalog) => catalog.controls.some((c) => c.parent !== undefined);
const requirement = (c: CatalogControl) =>
  c.required === undefined ? '' : c.required ? 'Required' : 'Addressable';

function entry(catalog: Catalog, c: CatalogControl): Record<string, unknown> {
  return {
    id: c.id,
    title: c.title,
    [catalog.groupKind]: c.group,
    ...(c.required === undefined ? {} : { required: c.required }),
    ...(c.kind === undefined ? {} : { kind: c.kind }),
    ...(c.parent === undefined ? {} : { parent: c.parent }),
    ...(c.scored === false ? { scored: false } : {}),
    ...(c.attributes === undefined ? {} : { attributes: c.attributes }),
  };
}

function json(catalog: Catalog): string {
  const domains = catalogDomains(catalog).filter((d) => d.kind !== catalog.groupKind);
  const out = {
    standard: catalog.id,
    name: catalog.name,
    groupKind: catalog.groupKind,
    groups: catalog.groups.map((g) => ({
      id: g.id,
      name: g.name,
      controls: catalog.controls.filter((c) => c.group === g.id).length,
    })),
    controls: catalog.controls.map((c) => entry(catalog, c)),
    domains: domains.map((d) => ({
      name: d.name,
      kind: d.kind ?? null,
      description: d.description,
      controls: d.controls,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function markdown(catalog: Catalog): string {
  const kind = catalog.groupKind[0]!.toUpperCase() + catalog.groupKind.slice(1);
  const groupName = new Map(catalog.groups.map((g) => [g.id, g.name]));
  const required = hasRequired(catalog);
  const headers = ['Id', 'Title', kind, ...(required ? ['Requirement'] : [])];
  const rows = catalog.controls.map((c) => [
    cell(c.id),
    cell(c.title),
    cell(groupName.get(c.group) ?? c.group),
    ...(required ? [requirement(c)] : []),
  ]);
  return `## ${cell(catalog.name)} (${catalog.controls.length} entries)\n\n${table(headers, rows)}\n`;
}

function csv(catalog: Catalog): string {
  const required = hasRequired(catalog);
  const parent = hasParent(catalog);
  const headers = [
    'id',
    'title',
    catalog.groupKind,
    ...(required ? ['required'] : []),
    ...(parent ? ['parent'] : []),
  ];
  const rows = catalog.controls.map((c) => [
    c.id,
    c.title,
    c.group,
    ...(required ? [c.required === undefined ? '' : String(c.required)] : []),
    ...(parent ? [c.parent ?? ''] : []),
  ]);
  return toCsv(headers, rows);
}

/** A catalog as JSON (entries with id, title, their group, HIPAA's `required`), a Markdown table or CSV. */
export function renderCatalog(catalog: Catalog, format: CatalogFormat): string {
  return format === 'json' ? json(catalog) : format === 'csv' ? csv(catalog) : markdown(catalog);
}
