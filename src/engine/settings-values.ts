import { InputError } from './errors.js';

/** A threshold as typed: a number from 0 to 100 (a trailing `%` allowed). */
export function parseThreshold(raw: string, name = 'threshold'): number {
  const text = raw.trim().replace(/%$/, '');
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new InputError(`${name} ${JSON.stringify(raw)} is not a number from 0 to 100`);
  }
  return value;
}

/** A comma- or newline-separated list, trimmed, empties dropped. */
export function parseList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** An ISO 8601 date for `today`; anything else is an error naming the setting. */
export function parseToday(raw: string, name = 'today'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== raw.trim()) {
    throw new InputError(`${name} ${JSON.stringify(raw)} is not an ISO 8601 date (YYYY-MM-DD)`);
  }
  return raw.trim();
}

/** Rule severities as `rule=error,other=off`. */
export function parseRuleSeverities(
  raw: string | undefined,
  name = 'rules',
): Record<string, 'error' | 'warning' | 'off'> {
  const out: Record<string, 'error' | 'warning' | 'off'> = {};
  for (const item of parseList(raw)) {
    const [rule, severity] = item.split(/\s*[=:]\s*/);
    if (!rule || (severity !== 'error' && severity !== 'warning' && severity !== 'off')) {
      throw new InputError(
        `${name} entry ${JSON.stringify(item)} is not rule=error, rule=warning or rule=off`,
      );
    }
    out[rule] = severity;
  }
  return out;
}
