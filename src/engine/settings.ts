import type { Severity } from './decide/rule.js';
import type { IncidentSeverity } from './model.js';

/** Everything that steers an evaluation, whichever adapter (action inputs, CLI flags) it came from. */
export interface Settings {
  /** Catalog ids to evaluate, e.g. `['iso27001']`. */
  standards: string[];
  /** Minimum compliance percentage (0-100) every standard must reach. */
  threshold: number;
  /** Domain names to restrict the evaluation to; empty for all controls. */
  domains: string[];
  /** The date treated as today (ISO 8601), so reports and deadlines are reproducible. */
  today: string;
  /** Severity overrides by rule id; rules not named keep their default. */
  rules: Record<string, Severity>;
  /** Evidence reviewed or committed longer ago than this many days is stale (default 365). */
  evidenceMaxAge?: number;
  /** Incident response clocks in seconds by severity; unnamed severities keep the seed's times. */
  incidentResponse?: Partial<Record<IncidentSeverity, number>>;
  /** Public holidays (YYYY-MM-DD) skipped, besides weekends, when counting business days. */
  holidays?: string[];
  /** Training completion (percent) Stage 2 readiness expects (default 90). */
  trainingTarget?: number;
}

/** Defaults shared by the action and the CLI. */
export const DEFAULT_THRESHOLD = 80;
