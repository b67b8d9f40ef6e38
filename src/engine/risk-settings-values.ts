import { InputError } from './errors.js';
import type { Settings } from './settings.js';
import { parseList } from './settings-values.js';

const LEVELS = ['critical', 'high', 'medium'] as const;

/** A whole number of days from 0 to 3650; anything else is an error naming the setting. */
export function parseDays(raw: string, name: string): number {
  const text = raw.trim();
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value > 3650) {
    throw new InputError(`${name} ${JSON.stringify(raw)} is not a whole number of days from 0 to 3650`);
  }
  return value;
}

/** Treatment deadlines as `critical=7,high=30,medium=90` (any subset). */
export function parseTreatmentDays(raw: string, name = 'treatment-days'): Settings['treatmentDays'] {
  const out: NonNullable<Settings['treatmentDays']> = {};
  for (const item of parseList(raw)) {
    const [level, days] = item.split(/\s*[=:]\s*/);
    const key = level?.toLowerCase();
    if (!(LEVELS as readonly string[]).includes(key ?? '') || days === undefined) {
      throw new InputError(
        `${name} entry ${JSON.stringify(item)} is not level=days with level one of ${LEVELS.join(', ')} (e.g. critical=7,high=30,medium=90)`,
      );
    }
    out[key as (typeof LEVELS)[number]] = parseDays(days, `${name} ${key}`);
  }
  return out;
}

/** A risk appetite: a score from 1 to 25 (decimals allowed, as computed residuals have them). */
export function parseRiskAppetite(raw: string, name = 'risk-appetite'): number {
  const text = raw.trim();
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(value >= 1 && value <= 25)) {
    throw new InputError(`${name} ${JSON.stringify(raw)} is not a risk score from 1 to 25`);
  }
  return value;
}

/** The raw risk settings as an adapter read them (CLI flags or action inputs), by their shared names. */
export interface RiskSettingValues {
  'treatment-days'?: string;
  'risk-appetite'?: string;
  'allow-accept-critical'?: boolean;
  'acceptance-notice-days'?: string;
}

/**
 * The risk settings the values give; values not given leave the engine's defaults. `label` names a
 * setting in error messages the way the user wrote it (`--risk-appetite`, input `risk-appetite`).
 */
export function riskSettings(values: RiskSettingValues, label: (name: string) => string): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (values['treatment-days'] !== undefined) {
    out.treatmentDays = parseTreatmentDays(values['treatment-days'], label('treatment-days'));
  }
  if (values['risk-appetite'] !== undefined) {
    out.riskAppetite = parseRiskAppetite(values['risk-appetite'], label('risk-appetite'));
  }
  if (values['allow-accept-critical'] === true) out.allowAcceptCritical = true;
  if (values['acceptance-notice-days'] !== undefined) {
    out.acceptanceNoticeDays = parseDays(values['acceptance-notice-days'], label('acceptance-notice-days'));
  }
  return out;
}
