import { text } from './values.js';

const UNDECIDED = /^(?:tbd|tbc|todo|to do|to be (?:decided|determined|confirmed)|\?+)$/i;

/** True when a cell says the decision is still open (`TBD`, `TODO`, `TBC`, `?`). */
export function isUndecided(value: unknown): boolean {
  const s = text(value);
  return s !== undefined && UNDECIDED.test(s.replace(/[.!:]+$/, '').trim());
}

/** The reason a control is not decided, quoting the cell, for the gap list. */
export function undecidedReason(field: string, value: unknown): string {
  return `${field} ${JSON.stringify(text(value))}: not decided`;
}
