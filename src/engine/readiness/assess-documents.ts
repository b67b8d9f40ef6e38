import type { DocumentSpec } from '../config/plan-scopes.js';
import { addPeriod, type Period } from '../config/periods.js';
import { InputError, type Problem } from '../errors.js';
import { decodeText } from '../load/decode.js';
import { isGlob } from '../paths/glob.js';
import type { WorkspaceProbe } from '../probe.js';
import { documentKind, type DocumentKind } from './documents.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';

/** Documents are reviewed yearly unless the config or their front matter says otherwise. */
export const DEFAULT_REVIEW_PERIOD: Period = { amount: 12, unit: 'months' };

const APPROVED_STATUSES = new Set(['approved', 'published', 'final', 'released', 'effective', 'active']);

/** One configured ISMS document as found in the repository. */
export interface DocumentStatus {
  kind: DocumentKind;
  spec: DocumentSpec;
  /** The file that stands for the document (the newest, when the path is a folder or glob). */
  file?: string;
  front?: FrontMatter;
  reviewed?: string;
  reviewedFrom?: 'front matter' | 'approval' | 'git';
  reviewPeriod: Period;
  nextReview?: string;
  overdue: boolean;
  approvalRequired: boolean;
  approved: boolean;
}

/** Reads what each configured document's files say; front matter mistakes are input problems. */
export function assessDocuments(
  specs: readonly DocumentSpec[],
  probe: WorkspaceProbe,
  today: string,
): { documents: DocumentStatus[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const documents = specs.map((spec): DocumentStatus => {
    const kind = documentKind(spec.key)!;
    const files = isGlob(spec.path)
      ? probe.glob(spec.path)
      : probe.kind(spec.path) === 'folder'
        ? probe.glob(`${spec.path}/**`)
        : probe.kind(spec.path) === 'file'
          ? [spec.path]
          : [];
    const candidates = files.map((file) => {
      const front = frontMatterOf(file, probe, problems);
      const fromFront = front?.lastReviewed ?? front?.approvedOn;
      const reviewed = fromFront ?? probe.lastCommitDate([file]);
      const reviewedFrom: DocumentStatus['reviewedFrom'] =
        front?.lastReviewed !== undefined
          ? 'front matter'
          : front?.approvedOn !== undefined
            ? 'approval'
            : reviewed
              ? 'git'
              : undefined;
      return { file, front, reviewed, reviewedFrom };
    });
    candidates.sort(
      (a, b) => (b.reviewed ?? '').localeCompare(a.reviewed ?? '') || a.file.localeCompare(b.file),
    );
    const chosen = candidates[0];
    const reviewPeriod = spec.reviewPeriod ?? chosen?.front?.reviewPeriod ?? DEFAULT_REVIEW_PERIOD;
    const nextReview = chosen?.reviewed ? addPeriod(chosen.reviewed, reviewPeriod) : undefined;
    const front = chosen?.front;
    const approvalRequired = spec.approval ?? kind.approval;
    const approved =
      front?.approvedBy !== undefined &&
      front.approvedOn !== undefined &&
      front.approvedOn <= today &&
      (front.status === undefined || APPROVED_STATUSES.has(front.status.toLowerCase()));
    return {
      kind,
      spec,
      ...(chosen ? { file: chosen.file } : {}),
      ...(front ? { front } : {}),
      ...(chosen?.reviewed ? { reviewed: chosen.reviewed, reviewedFrom: chosen.reviewedFrom } : {}),
      reviewPeriod,
      ...(nextReview ? { nextReview } : {}),
      overdue: nextReview !== undefined && nextReview < today,
      approvalRequired,
      approved,
    };
  });
  return { documents, problems };
}

function frontMatterOf(file: string, probe: WorkspaceProbe, problems: Problem[]): FrontMatter | undefined {
  const bytes = probe.read(file);
  if (!bytes) return undefined;
  let text: string;
  try {
    text = decodeText(bytes, file);
  } catch (error) {
    // A PDF or an image is a valid document without front matter, not a mistake.
    if (error instanceof InputError) return undefined;
    throw error;
  }
  const result = readFrontMatter(text, file);
  problems.push(...result.problems);
  return result.value;
}

/** What is wrong with a document for readiness, as short phrases; empty when it is in order. */
export function documentGaps(doc: DocumentStatus | undefined, key: string, needApproval?: boolean): string[] {
  if (!doc) return [`no \`${key}\` document in the config's documents`];
  if (!doc.file) return [`${doc.kind.name} not found at ${doc.spec.written}`];
  const gaps: string[] = [];
  if ((needApproval ?? doc.approvalRequired) && !doc.approved) {
    gaps.push(
      doc.front?.status && !APPROVED_STATUSES.has(doc.front.status.toLowerCase())
        ? `${doc.file} is ${doc.front.status}, not approved`
        : `${doc.file} has no approved-by and approved-on in its front matter`,
    );
  }
  if (!doc.reviewed) gaps.push(`${doc.file} has no review date (last-reviewed, approved-on or a commit)`);
  else if (doc.overdue)
    gaps.push(`${doc.file} was due for review on ${doc.nextReview} (last ${doc.reviewed})`);
  return gaps;
}
