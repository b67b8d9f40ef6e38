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
  /** Days to a treatment plan by level, counted from `identified` (defaults: critical 7, high 30, medium 90). */
  treatmentDays?: Partial<Record<'critical' | 'high' | 'medium', number>>;
  /** Highest residual score tolerated without a recorded acceptance; unset, no appetite is enforced. */
  riskAppetite?: number;
  /** Allows `accept` as the treatment of a Critical risk (off by default). */
  allowAcceptCritical?: boolean;
  /** How many days ahead an acceptance's expiry is listed as expiring (default 30). */
  acceptanceNoticeDays?: number;
  /** ISO 27002 attribute type to report per-value figures for (`control-type`, `operational-capability`, ...). */
  groupBy?: string;
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
