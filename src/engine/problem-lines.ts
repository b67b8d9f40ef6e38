import { formatProblem, type Problem } from './errors.js';

/** How many problems a terminal or log shows before summarising the rest. */
export const SHOWN_PROBLEMS = 100;

/**
 * The lines that report a failed validation: a headline, the first `limit` problems as
 * `file:line:column: message`, and a count of the rest. A 50 MB export with a mistake in every row
 * must give a readable answer, not a million lines.
 */
export function problemLines(
  command: string,
  problems: readonly Problem[],
  limit = SHOWN_PROBLEMS,
): string[] {
  const count = problems.length;
  const lines = [`isms-gate ${command}: ${count === 1 ? 'invalid input' : `${count} problems in the input`}`];
  for (const problem of problems.slice(0, limit)) lines.push(`  ${formatProblem(problem)}`);
  if (count > limit) {
    lines.push(`  ... and ${count - limit} more (${count} in all); fix these and run again to see the rest`);
  }
  return lines;
}
