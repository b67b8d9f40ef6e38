import type { Soa } from '../../soa/build-soa.js';
import { toCsv } from '../csv.js';
import { applicableLabel } from './soa-text.js';
import { STATUS_LABEL } from '../markdown/labels.js';

/** The Statement of Applicability as CSV, one row per control, for spreadsheets and auditors' tools. */
export function renderSoaCsv(soa: Soa): string {
  return toCsv(
    [
      'control',
      'title',
      'theme',
      'applicable',
      'status',
      'justification',
      'owner',
      'evidence',
      'risks',
      'source',
    ],
    soa.rows.map((r) => [
      r.id,
      r.title,
      r.theme,
      applicableLabel(r),
      r.undecided ? `${STATUS_LABEL[r.status]} (${r.undecided})` : STATUS_LABEL[r.status],
      r.justification,
      r.owner,
      r.evidence.join('; '),
      r.risks.join('; '),
      r.source ? `${r.source.file}:${r.source.line}` : '',
    ]),
    // RFC 4180 line ends: the SoA is opened in spreadsheets and auditors' tools.
    { eol: '\r\n' },
  );
}

/** The Statement of Applicability as JSON with a stable key order. */
export function renderSoaJson(soa: Soa, today: string): string {
  const json = {
    standard: soa.standard,
    name: soa.name,
    today,
    passed: soa.checks.passed,
    checks: soa.checks,
    controls: soa.rows.map((r) => ({
      id: r.id,
      title: r.title,
      theme: r.theme,
      applicable: r.applicable ?? null,
      status: r.status,
      justification: r.justification ?? null,
      owner: r.owner ?? null,
      evidence: r.evidence,
      risks: r.risks,
      undecided: r.undecided ?? null,
      file: r.source?.file ?? null,
      line: r.source?.line ?? null,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
