/** Where a problem sits in a user's file; line and column are 1-based. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
}

/** One thing wrong with a user's input: where, and a message that quotes the bad value and says what is valid. */
export interface Problem extends Location {
  message: string;
}

/**
 * A mistake in the user's input or invocation, as opposed to a bug: it ends the run with exit code 2
 * and a clear message, never a stack trace. It carries every problem found, not just the first.
 */
export class InputError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[] | string) {
    const list = typeof problems === 'string' ? [{ message: problems }] : problems;
    super(list.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = list;
  }
}

/** `file:line:column: message`, leaving out what is not known. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line !== undefined ? problem.column : undefined]
    .filter((part) => part !== undefined && part !== '')
    .join(':');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/** Turns anything thrown into a message; a non-Error throw still yields text, so it can never pass silently. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return `Unexpected error: ${JSON.stringify(error)}`;
  } catch {
    return `Unexpected error: ${String(error)}`;
  }
}

/** Collects problems across a whole validation pass, so the user sees every one at once. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(problem: Problem): void {
    this.items.push(problem);
  }

  get size(): number {
    return this.items.length;
  }

  /** Throws an InputError carrying everything collected, if anything was. */
  throwIfAny(): void {
    if (this.items.length > 0) throw new InputError(this.items);
  }
}

/** Quotes a user's value for a message, shortened so a huge cell cannot flood the log. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return JSON.stringify(short);
}

/**
 * The entry of `candidates` closest to `value` by edit distance, for "did you mean" hints. Ties go to
 * the numerically closest id, so `5.38` suggests `5.37` rather than `5.3`.
 */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestKey: [number, number] = [Infinity, Infinity];
  const wanted = numbers(value);
  for (const candidate of candidates) {
    const key: [number, number] = [
      editDistance(value.toLowerCase(), candidate.toLowerCase()),
      numericDistance(wanted, numbers(candidate)),
    ];
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
      bestKey = key;
      best = candidate;
    }
  }
  return best;
}

function numbers(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number);
}

function numericDistance(a: number[], b: number[]): number {
  let total = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    total = total * 1000 + Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return total;
}

/** Levenshtein distance between two strings, to tell a typo from an unrelated word. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
