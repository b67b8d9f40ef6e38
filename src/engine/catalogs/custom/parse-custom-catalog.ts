import { InputError, type Problem } from '../../errors.js';
import { STANDARD_NAMES } from '../registry.js';
import type { Catalog, CatalogControl, CatalogGroup } from '../types.js';
import type { LocatedDocument } from '../../load/located-yaml.js';
import { child, items, keysOf, scalarText } from '../../load/yaml-nodes.js';

const TOP_KEYS = ['id', 'name', 'label', 'group_kind', 'groups', 'controls'];
const GROUP_KEYS = ['id', 'name'];
const CONTROL_KEYS = ['id', 'title', 'group', 'required'];
const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** Control ids compared as users write them: case, spaces and a leading `§` ignored. */
export function reduceId(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, '');
}

/**
 * A user's own framework from YAML or JSON: `id`, `name`, `groups` (id, name) and `controls` (id,
 * title, group, optional required). Every problem is reported at once with its line: unknown keys,
 * missing fields, duplicate ids, a control in an undeclared group, a name a built-in standard uses.
 */
export function parseCustomCatalog(located: LocatedDocument, file: string): Catalog {
  const { doc, lineOf } = located;
  const problems: Problem[] = [];
  const at = (node: unknown, message: string) => problems.push({ file, line: lineOf(node), message });
  const root = doc.contents;
  const unknownKeys = (node: unknown, allowed: readonly string[], what: string) => {
    for (const key of keysOf(node)) {
      if (!allowed.includes(key))
        at(child(node, key), `unknown key "${key}" in ${what}; allowed keys: ${allowed.join(', ')}`);
    }
  };
  if (keysOf(root).length === 0) {
    throw new InputError([
      { file, line: 1, message: `a catalog is a map with the keys ${TOP_KEYS.join(', ')}` },
    ]);
  }
  unknownKeys(root, TOP_KEYS, 'the catalog');
  const id = scalarText(child(root, 'id'))?.toLowerCase();
  if (id === undefined)
    at(root, 'the catalog has no "id": give the name to use with --standard, e.g. id: acme-baseline');
  else if (!ID_PATTERN.test(id))
    at(child(root, 'id'), `catalog id "${id}" must be letters, digits, ".", "_" or "-"`);
  else if (STANDARD_NAMES.includes(id))
    at(child(root, 'id'), `catalog id "${id}" is a built-in standard; choose another id`);

  const groups: CatalogGroup[] = [];
  const groupNodes = items(child(root, 'groups'));
  if (groupNodes === undefined)
    at(child(root, 'groups') ?? root, 'the catalog needs a "groups" list, each with id and name');
  for (const node of groupNodes ?? []) {
    unknownKeys(node, GROUP_KEYS, 'a group');
    const groupId = scalarText(child(node, 'id'));
    if (groupId === undefined) at(node, 'a group has no "id"');
    else if (groups.some((g) => g.id === groupId)) at(node, `duplicate group id "${groupId}"`);
    else groups.push({ id: groupId, name: scalarText(child(node, 'name')) ?? groupId });
  }

  const controls: CatalogControl[] = [];
  const firstLine = new Map<string, number | undefined>();
  const controlNodes = items(child(root, 'controls'));
  if (controlNodes === undefined || controlNodes.length === 0) {
    at(
      child(root, 'controls') ?? root,
      'the catalog needs a non-empty "controls" list, each with id, title and group',
    );
  }
  for (const node of controlNodes ?? []) {
    unknownKeys(node, CONTROL_KEYS, 'a control');
    const controlId = scalarText(child(node, 'id'));
    const title = scalarText(child(node, 'title'));
    const group = scalarText(child(node, 'group'));
    if (controlId === undefined) {
      at(node, 'a control has no "id"');
      continue;
    }
    if (firstLine.has(reduceId(controlId))) {
      at(node, `duplicate control id "${controlId}": already at line ${firstLine.get(reduceId(controlId))}`);
      continue;
    }
    firstLine.set(reduceId(controlId), lineOf(node));
    if (title === undefined) at(node, `control "${controlId}" has no "title"`);
    if (group === undefined)
      at(node, `control "${controlId}" has no "group"; groups: ${groups.map((g) => g.id).join(', ')}`);
    else if (!groups.some((g) => g.id === group)) {
      at(
        child(node, 'group'),
        `control "${controlId}" is in group "${group}", which the catalog does not declare; groups: ${groups.map((g) => g.id).join(', ')}`,
      );
    }
    const required = scalarText(child(node, 'required'));
    if (required !== undefined && required !== 'true' && required !== 'false') {
      at(child(node, 'required'), `control "${controlId}" has required "${required}"; write true or false`);
    }
    controls.push({
      id: controlId,
      title: title ?? controlId,
      group: group ?? '',
      ...(required === undefined ? {} : { required: required === 'true' }),
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  return customCatalog(
    id!,
    scalarText(child(root, 'name')) ?? id!,
    scalarText(child(root, 'label')),
    scalarText(child(root, 'group_kind')) ?? 'group',
    groups,
    controls,
    file,
  );
}

/** A catalog from parsed parts, its ids matched through `reduce` (by default ignoring case and spaces). */
export function customCatalog(
  id: string,
  name: string,
  label: string | undefined,
  groupKind: string,
  groups: CatalogGroup[],
  controls: CatalogControl[],
  source: string,
  reduce: (raw: string) => string = reduceId,
): Catalog {
  const lookup = new Map<string, string>();
  for (const control of controls) lookup.set(reduce(control.id), control.id);
  return {
    id,
    name,
    label: label ?? name,
    groupKind,
    groups,
    controls,
    normalizeId: (raw) => lookup.get(reduce(raw)),
    source,
  };
}
