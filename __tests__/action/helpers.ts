import { emitAnnotations } from '../../src/action/git-native/annotate.js';
import type { AnnotationSource } from '../../src/engine/annotations/collect.js';

/** Runs the annotation emitter with a recording sink. */
export function annotateAndCount(source: AnnotationSource, prefix: string) {
  const calls: [string, string, unknown][] = [];
  const plan = emitAnnotations(source, prefix, {
    error: (message, properties) => void calls.push(['error', message, properties]),
    warning: (message, properties) => void calls.push(['warning', message, properties]),
  });
  return { calls, plan };
}
