import type { Severity } from '../decide/rule.js';
import type { IncidentSeverity, SourceRef } from '../model.js';
import type { Period } from './periods.js';
import type { Settings } from '../settings.js';

/** A document the config names for readiness: where it is and how it is kept. */
export interface DocumentConfig {
  key: string;
  /** Path or glob as written, relative to the config file. */
  path: string;
  /** How often it must be reviewed (default 12 months, or the document's own `review-period`). */
  reviewPeriod?: Period;
  /** Overrides whether approval is expected. */
  approval?: boolean;
  line: number;
}

/** The settings one scope may carry; the top level of the config carries the same, as defaults. */
export interface ScopeConfig {
  controls?: string[];
  risks?: string;
  incidents?: string;
  auditFindings?: string;
  training?: string;
  standards?: string[];
  threshold?: number;
  domains?: string[];
  rules?: Record<string, Severity>;
  evidenceMaxAge?: number;
  incidentResponse?: Partial<Record<IncidentSeverity, number>>;
  holidays?: string[];
  trainingTarget?: number;
  documents?: DocumentConfig[];
  /** Custom or OSCAL catalog files, relative to the config file. */
  catalogs?: string[];
  /** ISO 27002 attribute type to report per-value figures for. */
  groupBy?: string;
  /** Risk treatment settings, as the flags and action inputs of the same names. */
  treatmentDays?: Settings['treatmentDays'];
  riskAppetite?: number;
  allowAcceptCritical?: boolean;
  acceptanceNoticeDays?: number;
}

/** A named scope of the config, with the line it starts on. */
export interface NamedScope {
  name: string;
  line: number;
  config: ScopeConfig;
}

/** A validated `.isms.yml`. Paths stay as written; they are resolved from `source.file`'s folder. */
export interface IsmsConfig extends ScopeConfig {
  source: SourceRef;
  /** The scope to evaluate when several are defined and none is chosen on the command line. */
  scope?: string;
  scopes?: NamedScope[];
}
