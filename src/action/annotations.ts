import * as core from '@actions/core';
import type { Finding } from '../engine/decide/rule.js';
import { formatProblem, type Problem } from '../engine/errors.js';

/** Where an annotation points: GitHub wants the path from the repository root, lines 1-based. */
export function annotationProperties(location: Problem | Finding, prefix: string): core.AnnotationProperties {
  if (location.file === undefined) return { title: 'isms-gate' };
  return {
    title: 'isms-gate',
    file: `${prefix}${location.file}`,
    ...(location.line === undefined ? {} : { startLine: location.line }),
    ...(location.line !== undefined && location.column !== undefined ? { startColumn: location.column } : {}),
  };
}

/** At most this many problems become annotations; the summary lists them all. */
export const MAX_ANNOTATIONS = 50;

/** Each input problem as an error annotation on its file and line, so it shows next to the diff. */
export function annotateProblems(problems: readonly Problem[], prefix: string): void {
  // GitHub shows only the first few annotations of a step; a million would only flood the log.
  for (const problem of problems.slice(0, MAX_ANNOTATIONS)) {
    const message = problem.file === undefined ? problem.message : formatProblem(problem);
    core.error(message, annotationProperties(problem, prefix));
  }
}
