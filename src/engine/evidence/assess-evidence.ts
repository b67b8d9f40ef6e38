import { daysBetween } from '../dates.js';
import type { Problem } from '../errors.js';
import type { ControlEntry, SourceRef, Status } from '../model.js';
import type { WorkspaceProbe } from '../probe.js';
import { classifyEvidence, type EvidenceItem } from './classify-evidence.js';

/** Evidence older than this many days is stale, unless settings say otherwise. */
export const DEFAULT_EVIDENCE_MAX_AGE = 365;

/** An evidence entry after looking in the repository: for paths and globs, whether anything is there. */
export type CheckedEvidence = EvidenceItem & { exists?: boolean; matches?: string[] };

/** What the repository shows for one control's evidence. */
export interface ControlEvidence {
  id: string;
  status: Status;
  source: SourceRef;
  items: CheckedEvidence[];
  /** Entries written as to-do (`[ ]` in Markdown): not yet evidence. */
  pending: string[];
  /** Paths and globs that name nothing in the workspace, as written. */
  missing: string[];
  /** The date freshness is measured from, and where it came from. */
  reviewed?: string;
  reviewedFrom?: 'last_reviewed' | 'git';
  ageDays?: number;
  /** Older than the maximum age. */
  stale: boolean;
  /** Implemented or partial, with at least one entry, nothing missing and nothing stale. */
  evidenced: boolean;
}

/** Every control's evidence and the settings it was judged by. */
export interface EvidenceAssessment {
  maxAge: number;
  controls: ControlEvidence[];
}

/** Paths that are absolute or leave the workspace: input errors, with the line of the control. */
export function evidenceProblems(entries: readonly ControlEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const written of entry.evidence) {
      const item = classifyEvidence(written, entry.source.file);
      if (item.kind === 'invalid') {
        problems.push({
          file: entry.source.file,
          line: entry.source.line,
          message: `evidence of control ${entry.id}: ${item.error}`,
        });
      }
    }
  }
  return problems;
}

function check(item: EvidenceItem, probe: WorkspaceProbe): CheckedEvidence {
  if (item.kind === 'path') return { ...item, exists: probe.kind(item.path) !== undefined };
  if (item.kind === 'glob') {
    const matches = probe.glob(item.pattern);
    return { ...item, exists: matches.length > 0, matches };
  }
  return item;
}

/**
 * Looks up each control's evidence in the repository: whether every named path exists, and how old
 * the evidence is (the control's `last_reviewed`, else the newest commit touching its files).
 */
export function assessEvidence(
  entries: readonly ControlEntry[],
  probe: WorkspaceProbe,
  today: string,
  maxAge = DEFAULT_EVIDENCE_MAX_AGE,
): EvidenceAssessment {
  const controls = entries.map((entry): ControlEvidence => {
    const items = entry.evidence.map((written) => check(classifyEvidence(written, entry.source.file), probe));
    const missing = items.filter((item) => item.exists === false).map((item) => item.written);
    const present = items.flatMap((item) =>
      item.exists !== true ? [] : item.kind === 'path' ? [item.path] : (item.matches ?? []),
    );
    let reviewed = entry.lastReviewed;
    let reviewedFrom: ControlEvidence['reviewedFrom'] = reviewed ? 'last_reviewed' : undefined;
    if (reviewed === undefined && present.length > 0) {
      reviewed = probe.lastCommitDate(present);
      if (reviewed !== undefined) reviewedFrom = 'git';
    }
    const ageDays = reviewed === undefined ? undefined : daysBetween(reviewed, today);
    const stale = ageDays !== undefined && ageDays > maxAge;
    const counts = entry.status === 'implemented' || entry.status === 'partial';
    return {
      id: entry.id,
      status: entry.status,
      source: entry.source,
      items,
      pending: entry.pendingEvidence ?? [],
      missing,
      reviewed,
      reviewedFrom,
      ageDays,
      stale,
      evidenced: counts && items.length > 0 && missing.length === 0 && !stale,
    };
  });
  return { maxAge, controls };
}
