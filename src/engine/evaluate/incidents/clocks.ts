import type { IncidentSeverity } from '../../model.js';

/** The seed's triage table: Critical immediately, High 1 hour, Medium 4 hours, Low 24 hours (seconds). */
export const DEFAULT_RESPONSE_SECONDS: Readonly<Record<IncidentSeverity, number>> = {
  critical: 0,
  high: 3600,
  medium: 4 * 3600,
  low: 24 * 3600,
};

/** The seed: an incident is logged within 15 minutes of detection. */
export const LOGGING_LIMIT_SECONDS = 15 * 60;

/** The seed: the post-incident report is completed within 5 business days of resolution. */
export const REPORT_BUSINESS_DAYS = 5;

/** HIPAA Breach Notification Rule: individuals within 60 calendar days of discovery. */
export const HIPAA_INDIVIDUAL_DAYS = 60;

/** GDPR Article 33: the supervisory authority within 72 hours of becoming aware. */
export const GDPR_AUTHORITY_HOURS = 72;

/** `1 h 0 min 1 s`, `16 min`, `0 s`: exact, so a boundary case reads as what it is. */
export function formatDuration(seconds: number): string {
  const negative = seconds < 0;
  let left = Math.abs(Math.round(seconds));
  const days = Math.floor(left / 86400);
  left -= days * 86400;
  const hours = Math.floor(left / 3600);
  left -= hours * 3600;
  const minutes = Math.floor(left / 60);
  const secs = left - minutes * 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (hours || (days && (minutes || secs))) parts.push(`${hours} h`);
  if (minutes || ((days || hours) && secs)) parts.push(`${minutes} min`);
  if (secs || parts.length === 0) parts.push(`${secs} s`);
  return `${negative ? '-' : ''}${parts.join(' ')}`;
}
