import { InputError, type Problem } from '../../errors.js';
import type { Catalog, CatalogControl, CatalogGroup } from '../types.js';
import { customCatalog } from './parse-custom-catalog.js';

interface OscalProp {
  name?: unknown;
  value?: unknown;
}

interface OscalControl {
  id?: unknown;
  title?: unknown;
  props?: OscalProp[];
  controls?: OscalControl[];
}

interface OscalGroup {
  id?: unknown;
  title?: unknown;
  groups?: OscalGroup[];
  controls?: OscalControl[];
}

/** An OSCAL id or label reduced for lookup: `AC-02(01)`, `ac-2.1` and `AC-2 (1)` all become `ac-2.1`. */
export function reduceOscalId(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\((\w+)\)/g, '.$1')
    .replace(/\b0+(\d)/g, '$1');
}

function prop(control: OscalControl, name: string): string | undefined {
  const found = (control.props ?? []).find((p) => p.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The catalog name users type for an OSCAL file: its base name, e.g. `nist-800-53-rev5.json` -> `nist-800-53-rev5`. */
export function oscalCatalogId(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-');
}

/**
 * A NIST OSCAL catalog (e.g. SP 800-53 rev5 as NIST publishes it): every control and enhancement
 * becomes a control (under its `label` prop, `AC-2(1)`, when it has one), each group holding
 * controls becomes a domain, and withdrawn controls are left out. Problems name their JSON path.
 */
export function parseOscalCatalog(data: unknown, file: string): Catalog {
  const problems: Problem[] = [];
  const catalog = (
    data as { catalog?: { metadata?: { title?: unknown }; groups?: OscalGroup[]; controls?: OscalControl[] } }
  ).catalog;
  if (catalog === undefined || typeof catalog !== 'object' || catalog === null) {
    throw new InputError([{ file, message: 'not an OSCAL catalog: no top-level "catalog" object' }]);
  }
  const groups: CatalogGroup[] = [];
  const controls: CatalogControl[] = [];
  const aliases = new Map<string, string>();
  const seen = new Set<string>();

  const addControl = (control: OscalControl, group: string, path: string, parent?: string) => {
    if (typeof control.id !== 'string' || control.id === '') {
      problems.push({ file, message: `${path}: a control has no "id"` });
      return;
    }
    if (prop(control, 'status') === 'withdrawn') return;
    const id = prop(control, 'label') ?? control.id;
    if (seen.has(reduceOscalId(id))) {
      problems.push({ file, message: `${path}: duplicate control id "${id}"` });
      return;
    }
    seen.add(reduceOscalId(id));
    aliases.set(reduceOscalId(control.id), id);
    aliases.set(reduceOscalId(id), id);
    controls.push({
      id,
      title: typeof control.title === 'string' ? control.title : id,
      group,
      ...(parent ? { parent } : {}),
    });
    (control.controls ?? []).forEach((child, i) => addControl(child, group, `${path}.controls[${i}]`, id));
  };

  const addGroup = (group: OscalGroup, path: string, prefix: string) => {
    if (typeof group.id !== 'string' && typeof group.title !== 'string') {
      problems.push({ file, message: `${path}: a group has neither "id" nor "title"` });
      return;
    }
    const id = typeof group.id === 'string' ? group.id : String(group.title);
    const name = `${prefix}${typeof group.title === 'string' ? group.title : id}`;
    if ((group.controls ?? []).length > 0) groups.push({ id, name });
    (group.controls ?? []).forEach((control, i) => addControl(control, id, `${path}.controls[${i}]`));
    (group.groups ?? []).forEach((sub, i) => addGroup(sub, `${path}.groups[${i}]`, `${name} / `));
  };

  (catalog.groups ?? []).forEach((group, i) => addGroup(group, `catalog.groups[${i}]`, ''));
  if ((catalog.controls ?? []).length > 0) {
    groups.push({ id: 'ungrouped', name: 'Controls outside any group' });
    catalog.controls!.forEach((control, i) => addControl(control, 'ungrouped', `catalog.controls[${i}]`));
  }
  if (problems.length === 0 && controls.length === 0) {
    problems.push({ file, message: 'the OSCAL catalog has no controls (in "groups" or "controls")' });
  }
  if (problems.length > 0) throw new InputError(problems);
  const title = typeof catalog.metadata?.title === 'string' ? catalog.metadata.title : oscalCatalogId(file);
  const result = customCatalog(
    oscalCatalogId(file),
    title,
    undefined,
    'group',
    groups,
    controls,
    file,
    reduceOscalId,
  );
  // The OSCAL id (`ac-2.1`) names the control as well as its label (`AC-2(1)`).
  return { ...result, normalizeId: (raw) => aliases.get(reduceOscalId(raw)) };
}
