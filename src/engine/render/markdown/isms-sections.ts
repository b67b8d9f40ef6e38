import type { Report } from '../../pipeline.js';
import { renderEvidence } from './evidence.js';

/** The ISMS sections after risks, in reading order; each is left out when its input was not given. */
export function renderIsmsSections(report: Report): string[] {
  return [report.evidence ? renderEvidence(report.evidence) : ''];
}
