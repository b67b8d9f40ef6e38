import type { RiskLevel, Status } from '../../model.js';

/** How each status reads in a report. */
export const STATUS_LABEL: Record<Status, string> = {
  implemented: 'Implemented',
  partial: 'Partial',
  planned: 'Planned',
  'not-implemented': 'Not implemented',
  'not-applicable': 'Not applicable',
  'not-assessed': 'Not assessed',
};

/** A coloured marker per risk level, so levels read at a glance in tables and heat maps. */
export const LEVEL_BADGE: Record<RiskLevel, string> = {
  critical: '🔴 Critical',
  high: '🟠 High',
  medium: '🟡 Medium',
  low: '🟢 Low',
  minimal: '⚪ Minimal',
};
