/**
 * Something the engine learnt while reading or evaluating that a person should see, but that is not
 * by itself invalid input: an old control id carried over to its new one, rows merged. The rule
 * named by `rule` turns notices into report findings at its configured severity.
 */
export interface Notice {
  rule: string;
  message: string;
  file?: string;
  line?: number;
}
