import type { Report } from '../../pipeline.js';
import { renderEvidence } from './evidence.js';
import { renderIncidents } from './incidents.js';
import { renderMetrics } from './metrics.js';
import { renderReadiness } from './readiness.js';

/** The ISMS sections after risks, in reading order; each is left out when its input was not given. */
export function renderIsmsSections(report: Report): string[] {
  return [
    report.readiness ? renderReadiness(report.readiness) : '',
    report.evidence ? renderEvidence(report.evidence) : '',
    report.incidents ? renderIncidents(report.incidents) : '',
    report.metrics ? renderMetrics(report.metrics) : '',
  ];
}
