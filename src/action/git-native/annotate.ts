import { collectAnnotations, type AnnotationSource } from '../../engine/annotations/collect.js';
import { selectAnnotations, type AnnotationPlan } from '../../engine/annotations/select.js';

/** Where annotations go: `@actions/core` on a runner, a recorder in tests. */
export interface AnnotationSink {
  error(message: string, properties: AnnotationLocation): void;
  warning(message: string, properties: AnnotationLocation): void;
}

/** Where an annotation points, as `core.error` takes it. */
export interface AnnotationLocation {
  title: string;
  file: string;
  startLine: number;
  startColumn?: number;
}

/**
 * Emits the most important annotations of each kind (GitHub shows ten per step and drops the rest
 * silently), on repository paths (`prefix` is the working directory), and returns the plan so the
 * summary can say how many were left out.
 */
export function emitAnnotations(
  source: AnnotationSource,
  prefix: string,
  sink: AnnotationSink,
): AnnotationPlan {
  const plan = selectAnnotations(collectAnnotations(source));
  for (const a of [...plan.errors, ...plan.warnings]) {
    const column = a.column === undefined ? {} : { startColumn: a.column };
    sink[a.level](a.message, { title: a.title, file: `${prefix}${a.file}`, startLine: a.line, ...column });
  }
  return plan;
}
