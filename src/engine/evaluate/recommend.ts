import type { Gap } from './gaps.js';
import { levelName } from './risk-level.js';

const NEXT_STEP: Record<Gap['status'], string> = {
  'not-implemented':
    'Put it in the risk treatment plan with an owner and a due date, then implement it and record the evidence.',
  planned: 'Carry out the planned implementation by its due date and record the evidence.',
  partial: 'Complete the implementation for the remaining scope and record evidence that covers it.',
  'not-assessed': 'Assess it: decide applicability, record its status, owner and evidence (clause 6.1.3 d).',
  implemented: '',
  'not-applicable': '',
};

/**
 * The remediation step for a gap (the original tool's `--gap-analysis` recommendations), derived only
 * from what the files say: its status, who owns it, and which risks rely on it.
 */
export function recommendation(gap: Gap): string {
  const parts: string[] = [];
  if (gap.riskLevel === 'critical' || gap.riskLevel === 'high') {
    const risks = gap.linkedRisks.join(', ');
    parts.push(`First: the treatment of ${levelName(gap.riskLevel)} risk ${risks} relies on it.`);
  }
  if (gap.reason !== undefined) parts.push('Decide it: the file leaves it undecided.');
  parts.push(NEXT_STEP[gap.status]);
  if (gap.owner === undefined) parts.push('Assign an owner.');
  return parts.filter((part) => part !== '').join(' ');
}
