import { InputError, type Problem } from './errors.js';
import { runGate, type GateInput, type Report } from './pipeline.js';

/** One scope's input: its name (absent when the config defines no scopes) and what the gate reads. */
export interface ScopeInput {
  name?: string;
  input: GateInput;
}

/** One scope's verdict and report. */
export interface ScopeResult {
  name?: string;
  report: Report;
}

/** A whole run: passed only when every scope passed; each scope's result for its own section and badge. */
export interface RunResult {
  passed: boolean;
  scopes: ScopeResult[];
}

/**
 * Runs the gate for every scope and collects the problems of all of them before failing, so a user
 * with two broken scopes hears about both at once. Problems carry their file, which names the scope.
 */
export function runScopes(scopes: readonly ScopeInput[]): RunResult {
  const problems: Problem[] = [];
  const results: ScopeResult[] = [];
  for (const scope of scopes) {
    try {
      results.push({
        ...(scope.name !== undefined ? { name: scope.name } : {}),
        report: runGate(scope.input),
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const prefix = scope.name !== undefined && scopes.length > 1 ? `scope ${scope.name}: ` : '';
      problems.push(...error.problems.map((p) => ({ ...p, message: `${prefix}${p.message}` })));
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return { passed: results.every((r) => r.report.passed), scopes: results };
}
