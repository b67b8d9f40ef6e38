import { InputError, quote, type Problem } from '../errors.js';
import { acceptedNames, fieldReader, mapHeaders, type FieldSynonyms } from '../load/headers.js';
import { readTable } from '../load/read-table.js';
import type { SourceFile } from '../load/source.js';
import { integerIn, isProblem, text } from '../validate/values.js';
import {
  assetTypeWords,
  CLASSIFICATION_IMPACT,
  classificationImpact,
  parseAssetType,
  type AssetType,
} from './vocabulary.js';

type AssetField = 'id' | 'name' | 'type' | 'owner' | 'classification' | 'location' | 'value';

/** Header names accepted for each field of an asset inventory (the seed's table headers included). */
export const ASSET_FIELDS: FieldSynonyms<AssetField> = {
  id: ['asset id', 'asset_id', 'asset ref', 'ref', 'identifier'],
  name: ['asset', 'asset name', 'title', 'description'],
  type: ['asset type', 'category', 'kind'],
  owner: ['asset owner', 'responsible', 'custodian'],
  classification: ['class', 'classification level', 'sensitivity', 'criticality'],
  location: ['site', 'hosted in', 'hosting'],
  value: ['asset value', 'business value'],
};

/** An asset of the inventory, validated, with the impact its classification (or value) carries. */
export interface Asset {
  id: string;
  name: string;
  type: AssetType;
  owner: string;
  classification: string;
  /** 1-5: the asset's `value` when given, else its classification's impact. */
  impact: number;
  location?: string;
  value?: number;
  line?: number;
}

const SHAPE = { listKeys: ['assets', 'inventory', 'items'], keyField: 'id', valueField: 'name' };
const REQUIRED: readonly AssetField[] = ['id', 'name', 'type', 'owner', 'classification'];

/**
 * Reads an asset inventory (CSV, YAML or JSON, headers as tolerant as for controls): every asset
 * needs an id, name, type, owner and a known classification word; `value`, when given, is a whole
 * number 1-5 that overrides the classification's impact. Every problem is reported at once.
 */
export function parseAssets(source: SourceFile): Asset[] {
  const table = readTable(source, SHAPE);
  const file = source.path;
  const columns = mapHeaders(table.headers, ASSET_FIELDS);
  const missing = columns.missing.filter((field) => REQUIRED.includes(field));
  if (missing.length > 0) {
    throw new InputError([
      {
        file,
        line: table.headerLine,
        message: `no ${missing.join(', ')} column among the headers ${table.headers.map((h) => JSON.stringify(h)).join(', ')}; accepted names: ${acceptedNames(missing, ASSET_FIELDS)}`,
      },
    ]);
  }
  const read = fieldReader(columns);
  const problems: Problem[] = [];
  const assets: Asset[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const field = (name: AssetField): unknown => read(row.values, name);
    const at = { file, line: row.line };
    const before = problems.length;
    const id = text(field('id'));
    if (id === undefined) {
      problems.push({ ...at, message: 'asset id is empty' });
      continue;
    }
    if (seen.has(id.toLowerCase())) {
      problems.push({
        ...at,
        message: `duplicate asset id ${quote(id)}: already used at line ${seen.get(id.toLowerCase())}`,
      });
      continue;
    }
    seen.set(id.toLowerCase(), row.line);
    const name = text(field('name'));
    const owner = text(field('owner'));
    if (name === undefined) problems.push({ ...at, message: `asset ${id} has no name` });
    if (owner === undefined)
      problems.push({ ...at, message: `asset ${id} has no owner; every asset needs one` });
    const rawType = text(field('type')) ?? '';
    const type = parseAssetType(rawType);
    if (type === undefined) {
      problems.push({
        ...at,
        message: `unknown asset type ${quote(rawType)} for ${id}; accepted: ${assetTypeWords()}`,
      });
    }
    const classification = text(field('classification')) ?? '';
    const classImpact = classificationImpact(classification);
    if (classImpact === undefined) {
      problems.push({
        ...at,
        message: `unknown classification ${quote(classification)} for ${id}; accepted: ${Object.entries(
          CLASSIFICATION_IMPACT,
        )
          .map(([word, impact]) => `${word} (impact ${impact})`)
          .join(', ')}`,
      });
    }
    const rawValue = field('value');
    const value =
      text(rawValue) === undefined ? undefined : integerIn(rawValue, `value of asset ${id}`, 1, 5);
    if (isProblem(value)) problems.push({ ...at, message: value.message });
    if (problems.length > before) continue;
    assets.push({
      id,
      name: name!,
      type: type!,
      owner: owner!,
      classification,
      impact: (value as number | undefined) ?? classImpact!,
      location: text(field('location')),
      value: value as number | undefined,
      line: row.line,
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  if (assets.length === 0)
    throw new InputError([
      { file, line: table.headerLine, message: 'no assets: the file has headers but no rows' },
    ]);
  return assets;
}
