import { InputError } from '../errors.js';
import type { Report } from '../pipeline.js';

/** Percentages at or above `green` are green, at or above `yellow` yellow, below red. */
export interface BadgeThresholds {
  green: number;
  yellow: number;
}

/** The thresholds when none are given: the default gate threshold marks yellow. */
export const DEFAULT_BADGE_THRESHOLDS: BadgeThresholds = { green: 90, yellow: 80 };

/** What one badge says: a standard's label and percentage, coloured by the thresholds. */
export interface BadgeSpec {
  /** The standard's id, which names the badge files (`iso27001.svg`, `iso27001.json`). */
  standard: string;
  /** The scope of an `.isms.yml` run the badge is for; it prefixes the file names (`eu-iso27001.svg`). */
  scope?: string;
  label: string;
  message: string;
  color: 'green' | 'yellow' | 'red';
}

/** `90,80` as typed in an input or flag: two percentages, green's first and not below yellow's. */
export function parseBadgeThresholds(raw: string | undefined, name = 'badge-thresholds'): BadgeThresholds {
  if (raw === undefined || raw.trim() === '') return DEFAULT_BADGE_THRESHOLDS;
  const parts = raw.split(',').map((p) => p.trim().replace(/%$/, ''));
  const numbers = parts.map((p) => (/^\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  const [green, yellow] = numbers;
  if (
    numbers.length !== 2 ||
    green === undefined ||
    yellow === undefined ||
    !numbers.every((n) => Number.isFinite(n) && n >= 0 && n <= 100) ||
    green < yellow
  ) {
    throw new InputError(
      `${name} ${JSON.stringify(raw)} is not two percentages "green,yellow" with green >= yellow (e.g. 90,80)`,
    );
  }
  return { green, yellow };
}

/** The colour a percentage earns. */
export function badgeColor(percentage: number, thresholds: BadgeThresholds): BadgeSpec['color'] {
  if (percentage >= thresholds.green) return 'green';
  return percentage >= thresholds.yellow ? 'yellow' : 'red';
}

/** One badge per evaluated standard, in the order the report lists them; a scope's name goes in label and file. */
export function badgeSpecs(report: Report, thresholds: BadgeThresholds, scope?: string): BadgeSpec[] {
  return report.standards.map((s) => ({
    standard: s.standard,
    ...(scope === undefined ? {} : { scope }),
    label: scope === undefined ? s.label : `${s.label} (${scope})`,
    message: `${s.percentage.toFixed(1)}%`,
    color: badgeColor(s.percentage, thresholds),
  }));
}

/** The badges of a whole run: each scope's standards, in scope order. */
export function runBadgeSpecs(
  scopes: readonly { name?: string; report: Report }[],
  thresholds: BadgeThresholds,
): BadgeSpec[] {
  return scopes.flatMap((s) => badgeSpecs(s.report, thresholds, s.name));
}

/** The file name stem of a badge: the standard's id, after the scope's name when there is one. */
export function badgeStem(spec: BadgeSpec): string {
  const scope = spec.scope?.replace(/[^A-Za-z0-9._-]+/g, '-');
  return scope ? `${scope}-${spec.standard}` : spec.standard;
}

/** The shields.io endpoint document for a badge, so a README can show it through the endpoint badge. */
export function renderShieldsEndpoint(spec: BadgeSpec): string {
  const doc = { schemaVersion: 1, label: spec.label, message: spec.message, color: spec.color };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
