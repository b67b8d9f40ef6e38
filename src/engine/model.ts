/**
 * The domain model every stage shares: what a controls file and a risk register say once validated.
 * Parsers produce these; evaluation and rendering only read them.
 */

/** Implementation status of a control. `not-assessed` is never written by users: it marks a control absent from the file. */
export type Status =
  'implemented' | 'partial' | 'planned' | 'not-implemented' | 'not-applicable' | 'not-assessed';

/** The statuses in order from best to worst, for "weakest wins" merges and for sorting. */
export const STATUS_ORDER: readonly Status[] = [
  'not-applicable',
  'implemented',
  'partial',
  'planned',
  'not-implemented',
  'not-assessed',
];

/** Where a record came from. */
export interface SourceRef {
  file: string;
  line: number;
}

/** One row of a controls file, validated. */
export interface ControlEntry {
  /** Canonical id in the catalog being read (e.g. `5.15`). */
  id: string;
  /** The id exactly as the file wrote it. */
  rawId: string;
  status: Status;
  owner?: string;
  /** Evidence entries: repository paths, globs, URLs or document references. */
  evidence: string[];
  /** Why a control is excluded (required for not applicable) or how an alternative measure meets it. */
  justification?: string;
  /** The alternative measure taken instead (a HIPAA Addressable specification set aside, 164.306(d)(3)). */
  alternative?: string;
  /** ISO 8601 date of the last review. */
  lastReviewed?: string;
  notes?: string;
  title?: string;
  source: SourceRef;
  /** Every column of the row as written, keyed by the file's header, for tools that rewrite the file. */
  columns: Record<string, string>;
  /** Evidence written as still to do (`[ ]` items of a Markdown SoA): listed, not checked. */
  pendingEvidence?: string[];
  /** Why the control is not decided yet (`status "TBD"`): it scores as not assessed, with this reason. */
  undecided?: string;
}

/** Risk levels, exactly as the seed's methodology defines them by score. */
export type RiskLevel = 'critical' | 'high' | 'medium' | 'low' | 'minimal';

/** ISO 27005 treatment options (the 2022 words and their 2018 synonyms normalise to these). */
export type Treatment = 'mitigate' | 'accept' | 'transfer' | 'avoid';

/** Where a risk's treatment stands, normalised from the register's `status` words. */
export type RiskState = 'open' | 'in-progress' | 'treated' | 'accepted' | 'closed';

/** One risk of the register, validated and scored. */
export interface RiskEntry {
  id: string;
  asset?: string;
  threat?: string;
  vulnerability?: string;
  description?: string;
  likelihood: number;
  impact: number;
  /** likelihood x impact. */
  score: number;
  level: RiskLevel;
  treatment?: Treatment;
  treatmentPlan?: string;
  owner?: string;
  /** ISO 8601 date the treatment is due. */
  due?: string;
  /** Free-text timeline as the seed writes it (`30 days`). */
  timeline?: string;
  status?: string;
  /** Annex A control ids the treatment relies on, canonical. */
  controls: string[];
  /** ISO 8601 date the risk was identified; treatment deadlines count from it. */
  identified?: string;
  /** `status` normalised; undefined when the register leaves it empty (read as open). */
  state?: RiskState;
  /** Residual likelihood and impact (1-5) after treatment, when the register states them. */
  residualLikelihood?: number;
  residualImpact?: number;
  /** Who accepted the (residual) risk, and when (ISO 8601). */
  acceptedBy?: string;
  acceptedOn?: string;
  /** ISO 8601 date the acceptance lapses. */
  acceptanceExpires?: string;
  /** ISO 8601 date of the risk's next review. */
  reviewDate?: string;
  source: SourceRef;
  /** Every field of the record as written, for rules added by later stages. */
  columns: Record<string, unknown>;
}

/** Incident severities, as the seed's triage table names them. */
export type IncidentSeverity = 'critical' | 'high' | 'medium' | 'low';

/** One incident of the register, validated. Times are ISO 8601 instants as written. */
export interface IncidentEntry {
  id: string;
  category?: string;
  severity: IncidentSeverity;
  /** Instants in UTC milliseconds, with the text as written for reports. */
  detected: Instant;
  logged?: Instant;
  responded?: Instant;
  contained?: Instant;
  resolved?: Instant;
  /** Date (YYYY-MM-DD) the post-incident report was completed. */
  reportDate?: string;
  phi: boolean;
  personalData: boolean;
  /** False when the register says the incident was assessed as not a notifiable breach. */
  notifiable: boolean;
  notifiedIndividuals?: Instant;
  notifiedAuthority?: Instant;
  summary?: string;
  source: SourceRef;
}

/** A moment as a register wrote it: the text, its UTC milliseconds, and the local calendar date it names. */
export interface Instant {
  text: string;
  ms: number;
  date: string;
}
