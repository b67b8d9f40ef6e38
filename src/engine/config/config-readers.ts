import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Severity } from '../decide/rule.js';
import { RULES } from '../decide/rules/index.js';
import { InputError, quote, type Problem } from '../errors.js';
import type { IncidentSeverity } from '../model.js';
import type { DocumentConfig } from './config-types.js';
import { DOCUMENT_KINDS } from '../readiness/documents.js';
import { parseDurationSeconds, parsePeriod } from './periods.js';

/** Where readers report problems and find line numbers. */
export interface ReadContext {
  file: string;
  problems: Problem[];
  line(node: unknown): number;
}

/** Reads one config value from its YAML node; pushes a problem and returns undefined when it is wrong. */
export type Reader<T> = (node: Node, key: string, ctx: ReadContext) => T | undefined;

function fail(ctx: ReadContext, node: unknown, message: string): undefined {
  ctx.problems.push({ file: ctx.file, line: ctx.line(node), message });
  return undefined;
}

function scalar(node: Node): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** A non-empty string. */
export const readString: Reader<string> = (node, key, ctx) => {
  const value = scalar(node);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return fail(ctx, node, `${key} must be a path or name (text), not ${describe(node)}`);
};

/** One string or a list of them (a comma-separated string counts as a list for names, not paths). */
export function readList(splitCommas: boolean): Reader<string[]> {
  return (node, key, ctx) => {
    const items = isSeq(node) ? node.items : [node];
    const out: string[] = [];
    for (const item of items) {
      const value = readString(item as Node, key, ctx);
      if (value === undefined) return undefined;
      const parts = splitCommas
        ? value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [value];
      for (const part of parts) out.push(part);
    }
    return out;
  };
}

/**
 * A value read by the same parser a flag or an action input uses, so the config accepts what they
 * accept and says the same when it is wrong. A YAML map (`critical: 7`) reads as `critical=7`.
 */
export function readWith<T>(parse: (raw: string, name: string) => T | undefined): Reader<T> {
  return (node, key, ctx) => {
    const raw = isMap(node)
      ? node.items
          .map((pair) => `${String(scalar(pair.key as Node))}=${String(scalar(pair.value as Node))}`)
          .join(',')
      : scalar(node);
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      return fail(ctx, node, `${key} must be a value, not ${describe(node)}`);
    }
    try {
      return parse(String(raw), key);
    } catch (error) {
      if (error instanceof InputError)
        return fail(ctx, node, error.problems.map((p) => p.message).join('; '));
      throw error;
    }
  };
}

/** `true` or `false`. */
export const readBoolean: Reader<boolean> = (node, key, ctx) => {
  const value = scalar(node);
  if (typeof value === 'boolean') return value;
  return fail(ctx, node, `${key} ${quote(value ?? describe(node))} is not true or false`);
};

/** A number from 0 to 100 (a trailing `%` allowed). */
export const readPercent: Reader<number> = (node, key, ctx) => {
  const value = scalar(node);
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/%$/, '')) : NaN;
  if (Number.isFinite(n) && n >= 0 && n <= 100) return n;
  return fail(ctx, node, `${key} ${quote(value ?? describe(node))} is not a number from 0 to 100`);
};

/** A whole number of days (`365`, `365d`, `365 days`). */
export const readDays: Reader<number> = (node, key, ctx) => {
  const period = parsePeriod(scalar(node));
  if (period && (period.unit === 'days' || period.unit === 'weeks')) {
    return period.unit === 'weeks' ? period.amount * 7 : period.amount;
  }
  return fail(
    ctx,
    node,
    `${key} ${quote(scalar(node) ?? describe(node))} is not a number of days (e.g. 365 or 365d)`,
  );
};

/** Rule severities: `rule-id: error|warning|off`; unknown rules list the valid ones. */
export const readRules: Reader<Record<string, Severity>> = (node, key, ctx) => {
  if (!isMap(node)) return fail(ctx, node, `${key} must be a map of rule: error|warning|off`);
  const known = RULES.map((rule) => rule.id);
  const out: Record<string, Severity> = {};
  for (const pair of node.items) {
    const rule = String(scalar(pair.key as Node));
    const severity = scalar(pair.value as Node);
    if (!known.includes(rule)) {
      fail(ctx, pair.key, `unknown rule ${quote(rule)} under ${key}; valid rules: ${known.join(', ')}`);
    } else if (severity !== 'error' && severity !== 'warning' && severity !== 'off') {
      fail(ctx, pair.value, `rule ${rule} has severity ${quote(severity)}; use error, warning or off`);
    } else {
      out[rule] = severity;
    }
  }
  return out;
};

const SEVERITIES: readonly IncidentSeverity[] = ['critical', 'high', 'medium', 'low'];

/** Response clocks by severity: `high: 1h`, `critical: 15m`. */
export const readResponseTimes: Reader<Partial<Record<IncidentSeverity, number>>> = (node, key, ctx) => {
  if (!isMap(node)) return fail(ctx, node, `${key} must be a map of severity: duration (e.g. high: 1h)`);
  const out: Partial<Record<IncidentSeverity, number>> = {};
  for (const pair of node.items) {
    const severity = String(scalar(pair.key as Node)).toLowerCase() as IncidentSeverity;
    const seconds = parseDurationSeconds(scalar(pair.value as Node));
    if (!SEVERITIES.includes(severity)) {
      fail(
        ctx,
        pair.key,
        `unknown severity ${quote(severity)} under ${key}; valid: ${SEVERITIES.join(', ')}`,
      );
    } else if (seconds === undefined) {
      fail(
        ctx,
        pair.value,
        `${key} ${severity} ${quote(scalar(pair.value as Node))} is not a duration (e.g. 0h, 15m, 1h, 24h, 2d)`,
      );
    } else {
      out[severity] = seconds;
    }
  }
  return out;
};

/** A list of YYYY-MM-DD dates. */
export const readDates: Reader<string[]> = (node, key, ctx) => {
  const items = isSeq(node) ? node.items : [node];
  const out: string[] = [];
  for (const item of items) {
    const value = String(scalar(item as Node) ?? '');
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      fail(ctx, item, `${key} entry ${quote(value)} is not a date (YYYY-MM-DD)`);
    } else {
      out.push(value);
    }
  }
  return out;
};

const DOCUMENT_FIELDS = ['path', 'review-period', 'approval'];

/** `documents:` keys (the clauses requiring documented information) to a path or `{path, review-period, approval}`. */
export const readDocuments: Reader<DocumentConfig[]> = (node, key, ctx) => {
  if (!isMap(node)) return fail(ctx, node, `${key} must be a map of document: path`);
  const keys = DOCUMENT_KINDS.map((kind) => kind.key);
  const out: DocumentConfig[] = [];
  for (const pair of node.items) {
    const name = String(scalar(pair.key as Node));
    const value = pair.value as Node;
    if (!keys.includes(name)) {
      fail(
        ctx,
        pair.key,
        `unknown document ${quote(name)} under ${key}; valid documents: ${keys.join(', ')}`,
      );
      continue;
    }
    const line = ctx.line(pair.key);
    if (!isMap(value)) {
      const path = readString(value, `${key}.${name}`, ctx);
      if (path !== undefined) out.push({ key: name, path, line });
      continue;
    }
    const fields = new Map(value.items.map((item) => [String(scalar(item.key as Node)), item]));
    for (const [field, item] of fields) {
      if (!DOCUMENT_FIELDS.includes(field)) {
        fail(
          ctx,
          item.key,
          `unknown field ${quote(field)} of ${key}.${name}; valid fields: ${DOCUMENT_FIELDS.join(', ')}`,
        );
      }
    }
    const pathItem = fields.get('path');
    if (!pathItem) {
      fail(ctx, pair.key, `${key}.${name} needs a path`);
      continue;
    }
    const path = readString(pathItem.value as Node, `${key}.${name}.path`, ctx);
    const periodItem = fields.get('review-period');
    const reviewPeriod = periodItem ? parsePeriod(scalar(periodItem.value as Node)) : undefined;
    if (periodItem && !reviewPeriod) {
      fail(
        ctx,
        periodItem.value,
        `${key}.${name}.review-period ${quote(scalar(periodItem.value as Node))} is not a period (e.g. 12 months, 1 year, 90 days)`,
      );
    }
    const approvalItem = fields.get('approval');
    const approvalText = approvalItem ? String(scalar(approvalItem.value as Node)) : undefined;
    if (approvalText !== undefined && approvalText !== 'required' && approvalText !== 'not-required') {
      fail(
        ctx,
        approvalItem!.value,
        `${key}.${name}.approval ${quote(approvalText)} must be required or not-required`,
      );
    }
    if (path === undefined) continue;
    out.push({
      key: name,
      path,
      line,
      ...(reviewPeriod ? { reviewPeriod } : {}),
      ...(approvalText === 'required'
        ? { approval: true }
        : approvalText === 'not-required'
          ? { approval: false }
          : {}),
    });
  }
  return out;
};

function describe(node: unknown): string {
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return JSON.stringify(node.value);
  return 'nothing';
}
