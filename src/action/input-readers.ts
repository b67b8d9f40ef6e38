import * as core from '@actions/core';
import { InputError, quote, type Problem } from '../engine/errors.js';

/** A raw input: the runner's value, with '' (unset or empty) as undefined. */
export function rawInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

/** A true/false input, `fallback` when unset; any other word is an error naming the input. */
export function booleanInput(name: string, fallback: boolean): boolean {
  if (rawInput(name) === undefined) return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new InputError(`input \`${name}\` is ${quote(rawInput(name))}; use true or false`);
  }
}

/**
 * Runs one reader per input and collects every bad value into one InputError, so a workflow with
 * three mistakes hears of all three in one run. A non-InputError is a bug and propagates.
 */
export function readAllInputs<T extends object>(readers: { [K in keyof T]: () => T[K] }): T {
  const problems: Problem[] = [];
  const inputs: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(readers) as (keyof T)[]) {
    try {
      inputs[key] = readers[key]();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const problem of error.problems) problems.push(problem);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return inputs as T;
}
