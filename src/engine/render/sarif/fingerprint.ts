import { createHash } from 'node:crypto';

/** The key code scanning reads from `partialFingerprints`; the version lets the recipe change later. */
export const FINGERPRINT_KEY = 'ismsGate/v1';

/**
 * A fingerprint that survives edits elsewhere in the file: a hash of the rule and the subject (the
 * control or risk id, or the message with its figures blanked), never the line, so an alert keeps
 * its identity when rows are added above it.
 */
export function fingerprint(rule: string, subject: string): string {
  return createHash('sha256').update(`${rule}\u0000${subject}`).digest('hex').slice(0, 32);
}

/** A message with its numbers blanked, so `75.0% is below 80%` and `76.1% is below 80%` match. */
export function figureFree(message: string): string {
  return message.replace(/\d+(?:\.\d+)?/g, '#');
}
