import { formatProblem, type Problem } from '../../errors.js';
import { inline } from '../escape.js';

/**
 * The report for input the gate could not evaluate: a verdict line, then every problem with where it
 * is. Problems quote users' values, so each line is escaped like any other user text.
 */
export function renderProblems(problems: readonly Problem[]): string {
  const n = problems.length;
  return [
    `## ⛔ isms-gate could not run: ${n} ${n === 1 ? 'problem' : 'problems'} in the input`,
    '',
    ...problems.map((problem) => `- ${inline(formatProblem(problem))}`),
    '',
    'Fix these and run the gate again; nothing was evaluated.',
    '',
  ].join('\n');
}
