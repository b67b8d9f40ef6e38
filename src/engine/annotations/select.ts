import type { Annotation } from './collect.js';

/** GitHub shows at most this many annotations of each kind per step; the rest are dropped silently. */
export const ANNOTATION_LIMIT = 10;

/** The annotations to emit, and how many of each kind did not fit. */
export interface AnnotationPlan {
  errors: Annotation[];
  warnings: Annotation[];
  omitted: { errors: number; warnings: number };
}

/** Keeps the `limit` most important of each kind (the lists come ordered by importance). */
export function selectAnnotations(
  all: { errors: readonly Annotation[]; warnings: readonly Annotation[] },
  limit = ANNOTATION_LIMIT,
): AnnotationPlan {
  return {
    errors: all.errors.slice(0, limit),
    warnings: all.warnings.slice(0, limit),
    omitted: {
      errors: Math.max(0, all.errors.length - limit),
      warnings: Math.max(0, all.warnings.length - limit),
    },
  };
}

function count(n: number, kind: string): string {
  return `${n} more ${kind}${n === 1 ? '' : 's'}`;
}

/** The summary's note on what the annotations left out; empty when nothing was. */
export function renderOmitted(plan: AnnotationPlan): string {
  const parts = [
    plan.omitted.errors > 0 ? count(plan.omitted.errors, 'error') : '',
    plan.omitted.warnings > 0 ? count(plan.omitted.warnings, 'warning') : '',
  ].filter((p) => p !== '');
  if (parts.length === 0) return '';
  return `> Annotations: GitHub shows ${ANNOTATION_LIMIT} of each kind per step, so the most important are on their lines; ${parts.join(' and ')} are listed in this report only.`;
}
