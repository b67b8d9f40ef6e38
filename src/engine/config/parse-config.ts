import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { InputError, quote, type Problem } from '../errors.js';
import { decodeText } from '../load/decode.js';
import type { SourceFile } from '../load/source.js';
import type { IsmsConfig, NamedScope, ScopeConfig } from './config-types.js';
import { parseDays, parseRiskAppetite, parseTreatmentDays } from '../risk-settings-values.js';
import {
  readBoolean,
  readDates,
  readDays,
  readDocuments,
  readList,
  readPercent,
  readResponseTimes,
  readRules,
  readString,
  readWith,
  type ReadContext,
  type Reader,
} from './config-readers.js';
import { parseLocated } from '../load/located-yaml.js';
import { keyText } from '../load/yaml-nodes.js';

/** One setting of the config file: its key, what it holds, and how it is read. */
export interface ConfigKey {
  key: string;
  field: keyof ScopeConfig;
  description: string;
  read: Reader<unknown>;
}

/** Every setting a scope (or the top level, as defaults for all scopes) may carry. */
export const SCOPE_KEYS: readonly ConfigKey[] = [
  {
    key: 'controls',
    field: 'controls',
    description: 'controls files or globs (CSV, YAML, JSON, Markdown)',
    read: readList(false),
  },
  { key: 'risks', field: 'risks', description: 'risk register', read: readString },
  {
    key: 'incidents',
    field: 'incidents',
    description: 'incident register (CSV, YAML, JSON)',
    read: readString,
  },
  { key: 'audit-findings', field: 'auditFindings', description: 'audit findings register', read: readString },
  { key: 'training', field: 'training', description: 'training records', read: readString },
  {
    key: 'standards',
    field: 'standards',
    description: 'standards to evaluate (default iso27001)',
    read: readList(true),
  },
  { key: 'standard', field: 'standards', description: 'same as standards', read: readList(true) },
  {
    key: 'threshold',
    field: 'threshold',
    description: 'minimum compliance percentage (default 80)',
    read: readPercent,
  },
  {
    key: 'domains',
    field: 'domains',
    description: 'domains to restrict the evaluation to',
    read: readList(true),
  },
  {
    key: 'rules',
    field: 'rules',
    description: 'rule severities: rule-id: error|warning|off',
    read: readRules,
  },
  {
    key: 'evidence-max-age',
    field: 'evidenceMaxAge',
    description: 'days before evidence is stale (default 365)',
    read: readDays,
  },
  {
    key: 'incident-response',
    field: 'incidentResponse',
    description: 'response clocks by severity (critical: 0h, high: 1h, medium: 4h, low: 24h)',
    read: readResponseTimes,
  },
  {
    key: 'holidays',
    field: 'holidays',
    description: 'dates skipped when counting business days',
    read: readDates,
  },
  {
    key: 'training-target',
    field: 'trainingTarget',
    description: 'training completion percentage expected for Stage 2 (default 90)',
    read: readPercent,
  },
  {
    key: 'documents',
    field: 'documents',
    description: 'ISMS documents for certification readiness',
    read: readDocuments,
  },
  { key: 'catalogs', field: 'catalogs', description: 'custom or OSCAL catalog files', read: readList(false) },
  {
    key: 'group-by',
    field: 'groupBy',
    description: 'ISO 27002 attribute type to report per-value figures for',
    read: readString,
  },
  {
    key: 'treatment-days',
    field: 'treatmentDays',
    description: 'days to a treatment plan by level (critical: 7, high: 30, medium: 90)',
    read: readWith(parseTreatmentDays),
  },
  {
    key: 'risk-appetite',
    field: 'riskAppetite',
    description: 'highest residual score tolerated without an acceptance (1-25)',
    read: readWith(parseRiskAppetite),
  },
  {
    key: 'allow-accept-critical',
    field: 'allowAcceptCritical',
    description: 'allow accepting a Critical risk (true/false)',
    read: readBoolean,
  },
  {
    key: 'acceptance-notice-days',
    field: 'acceptanceNoticeDays',
    description: 'list acceptances expiring within this many days (default 30)',
    read: readWith(parseDays),
  },
];

const TOP_ONLY = ['scope', 'scopes'];

/** Every key the top level accepts, for the "unknown key" message. */
export const CONFIG_KEYS: readonly string[] = [...SCOPE_KEYS.map((k) => k.key), ...TOP_ONLY];

/**
 * Reads `.isms.yml`: YAML (JSON is YAML too) with line numbers, every key checked against the
 * settings above, every problem of the whole file collected into one InputError.
 */
export function parseConfig(source: SourceFile): IsmsConfig {
  const file = source.path;
  const text = decodeText(source.bytes, file);
  const { doc, lineOf } = parseLocated(text, file, 'YAML');
  const problems: Problem[] = [];
  const ctx: ReadContext = { file, problems, line: (node) => lineOf(node) ?? 1 };
  const root = doc.contents;
  const config: IsmsConfig = { source: { file, line: 1 } };
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return config;
  if (!isMap(root)) {
    throw new InputError([
      { file, line: ctx.line(root), message: 'the config must be a map of settings (key: value)' },
    ]);
  }
  Object.assign(config, readScope(root, ctx, CONFIG_KEYS, 'the config'));
  const scopePair = root.items.find((pair) => keyText(pair.key) === 'scope');
  if (scopePair) config.scope = readString(scopePair.value as Node, 'scope', ctx);
  const scopesPair = root.items.find((pair) => keyText(pair.key) === 'scopes');
  if (scopesPair) config.scopes = readScopes(scopesPair.value as Node, ctx);
  if (config.scope !== undefined && !scopesPair) {
    problems.push({
      file,
      line: ctx.line(scopePair!.value),
      message: `scope ${quote(config.scope)} is set but the config defines no scopes; add a scopes: map or remove scope:`,
    });
  }
  if (config.scope !== undefined && config.scopes && !config.scopes.some((s) => s.name === config.scope)) {
    problems.push({
      file,
      line: ctx.line(scopePair!.value),
      message: `scope ${quote(config.scope)} is not defined under scopes; defined: ${config.scopes.map((s) => s.name).join(', ')}`,
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  return config;
}

function readScope(map: YAMLMap, ctx: ReadContext, allowed: readonly string[], where: string): ScopeConfig {
  const out: ScopeConfig = {};
  for (const pair of map.items) {
    const key = keyText(pair.key);
    const spec = SCOPE_KEYS.find((k) => k.key === key);
    if (!spec) {
      if (!allowed.includes(key)) {
        ctx.problems.push({
          file: ctx.file,
          line: ctx.line(pair.key),
          message: `unknown key ${quote(key)} in ${where}; valid keys: ${allowed.join(', ')}`,
        });
      }
      continue;
    }
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) continue;
    const value = spec.read(pair.value as Node, key, ctx);
    if (value !== undefined) (out as Record<string, unknown>)[spec.field] = value;
  }
  return out;
}

function readScopes(node: Node, ctx: ReadContext): NamedScope[] | undefined {
  if (!isMap(node)) {
    ctx.problems.push({
      file: ctx.file,
      line: ctx.line(node),
      message: 'scopes must be a map of scope name: settings',
    });
    return undefined;
  }
  const allowed = SCOPE_KEYS.map((k) => k.key);
  return node.items.flatMap((pair) => {
    const name = keyText(pair.key);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
      ctx.problems.push({
        file: ctx.file,
        line: ctx.line(pair.key),
        message: `scope name ${quote(name)} may use letters, digits, '.', '_' and '-' only (it names files and badges)`,
      });
      return [];
    }
    const value = pair.value as Node;
    if (!isMap(value)) {
      ctx.problems.push({
        file: ctx.file,
        line: ctx.line(pair.key),
        message: `scope ${name} must be a map of settings`,
      });
      return [];
    }
    return [{ name, line: ctx.line(pair.key), config: readScope(value, ctx, allowed, `scope ${name}`) }];
  });
}
