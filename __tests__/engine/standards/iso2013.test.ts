import { describe, expect, it } from '@jest/globals';
import { MAPPING_2013, NEW_IN_2022 } from '../../../src/engine/catalogs/iso27001-2013.js';
import { renderJson } from '../../../src/engine/render/render-json.js';
import { renderMarkdown } from '../../../src/engine/render/markdown/index.js';
import { InputError } from '../../../src/engine/errors.js';
import { csv, gate } from '../../helpers/gate.js';

/** Every ISO 27001:2013 Annex A control and the 2022 control(s) replacing it (ISO/IEC 27002:2022 Annex B). */
const MAPPINGS: [string, string][] = [
  ['A.5.1.1', '5.1'],
  ['A.5.1.2', '5.1'],
  ['A.6.1.1', '5.2'],
  ['A.6.1.2', '5.3'],
  ['A.6.1.3', '5.5'],
  ['A.6.1.4', '5.6'],
  ['A.6.1.5', '5.8'],
  ['A.6.2.1', '8.1'],
  ['A.6.2.2', '6.7'],
  ['A.7.1.1', '6.1'],
  ['A.7.1.2', '6.2'],
  ['A.7.2.1', '5.4'],
  ['A.7.2.2', '6.3'],
  ['A.7.2.3', '6.4'],
  ['A.7.3.1', '6.5'],
  ['A.8.1.1', '5.9'],
  ['A.8.1.2', '5.9'],
  ['A.8.1.3', '5.10'],
  ['A.8.1.4', '5.11'],
  ['A.8.2.1', '5.12'],
  ['A.8.2.2', '5.13'],
  ['A.8.2.3', '5.10'],
  ['A.8.3.1', '7.10'],
  ['A.8.3.2', '7.10'],
  ['A.8.3.3', '7.10'],
  ['A.9.1.1', '5.15'],
  ['A.9.1.2', '5.15'],
  ['A.9.2.1', '5.16'],
  ['A.9.2.2', '5.18'],
  ['A.9.2.3', '8.2'],
  ['A.9.2.4', '5.17'],
  ['A.9.2.5', '5.18'],
  ['A.9.2.6', '5.18'],
  ['A.9.3.1', '5.17'],
  ['A.9.4.1', '8.3'],
  ['A.9.4.2', '8.5'],
  ['A.9.4.3', '5.17'],
  ['A.9.4.4', '8.18'],
  ['A.9.4.5', '8.4'],
  ['A.10.1.1', '8.24'],
  ['A.10.1.2', '8.24'],
  ['A.11.1.1', '7.1'],
  ['A.11.1.2', '7.2'],
  ['A.11.1.3', '7.3'],
  ['A.11.1.4', '7.5'],
  ['A.11.1.5', '7.6'],
  ['A.11.1.6', '7.2'],
  ['A.11.2.1', '7.8'],
  ['A.11.2.2', '7.11'],
  ['A.11.2.3', '7.12'],
  ['A.11.2.4', '7.13'],
  ['A.11.2.5', '7.10'],
  ['A.11.2.6', '7.9'],
  ['A.11.2.7', '7.14'],
  ['A.11.2.8', '8.1'],
  ['A.11.2.9', '7.7'],
  ['A.12.1.1', '5.37'],
  ['A.12.1.2', '8.32'],
  ['A.12.1.3', '8.6'],
  ['A.12.1.4', '8.31'],
  ['A.12.2.1', '8.7'],
  ['A.12.3.1', '8.13'],
  ['A.12.4.1', '8.15'],
  ['A.12.4.2', '8.15'],
  ['A.12.4.3', '8.15'],
  ['A.12.4.4', '8.17'],
  ['A.12.5.1', '8.19'],
  ['A.12.6.1', '8.8'],
  ['A.12.6.2', '8.19'],
  ['A.12.7.1', '8.34'],
  ['A.13.1.1', '8.20'],
  ['A.13.1.2', '8.21'],
  ['A.13.1.3', '8.22'],
  ['A.13.2.1', '5.14'],
  ['A.13.2.2', '5.14'],
  ['A.13.2.3', '5.14'],
  ['A.13.2.4', '6.6'],
  ['A.14.1.1', '5.8'],
  ['A.14.1.2', '8.26'],
  ['A.14.1.3', '8.26'],
  ['A.14.2.1', '8.25'],
  ['A.14.2.2', '8.32'],
  ['A.14.2.3', '8.32'],
  ['A.14.2.4', '8.32'],
  ['A.14.2.5', '8.27'],
  ['A.14.2.6', '8.31'],
  ['A.14.2.7', '8.30'],
  ['A.14.2.8', '8.29'],
  ['A.14.2.9', '8.29'],
  ['A.14.3.1', '8.33'],
  ['A.15.1.1', '5.19'],
  ['A.15.1.2', '5.20'],
  ['A.15.1.3', '5.21'],
  ['A.15.2.1', '5.22'],
  ['A.15.2.2', '5.22'],
  ['A.16.1.1', '5.24'],
  ['A.16.1.2', '6.8'],
  ['A.16.1.3', '6.8'],
  ['A.16.1.4', '5.25'],
  ['A.16.1.5', '5.26'],
  ['A.16.1.6', '5.27'],
  ['A.16.1.7', '5.28'],
  ['A.17.1.1', '5.29'],
  ['A.17.1.2', '5.29'],
  ['A.17.1.3', '5.29'],
  ['A.17.2.1', '8.14'],
  ['A.18.1.1', '5.31'],
  ['A.18.1.2', '5.32'],
  ['A.18.1.3', '5.33'],
  ['A.18.1.4', '5.34'],
  ['A.18.1.5', '5.31'],
  ['A.18.2.1', '5.35'],
  ['A.18.2.2', '5.36'],
  ['A.18.2.3', '5.36 8.8'],
];

describe('ISO 27001:2013 to 2022 crosswalk', () => {
  it('maps all 114 controls of 2013', () => {
    expect(MAPPINGS).toHaveLength(114);
    expect(MAPPING_2013.size).toBe(114);
  });

  it.each(MAPPINGS)('maps %s to %s', (id2013, ids2022) => {
    expect(MAPPING_2013.get(id2013)).toEqual(ids2022.split(' '));
  });

  it('names the 11 controls new in 2022', () => {
    expect(NEW_IN_2022.map((c) => c.id)).toEqual([
      '5.7',
      '5.23',
      '5.30',
      '7.4',
      '8.9',
      '8.10',
      '8.11',
      '8.12',
      '8.16',
      '8.23',
      '8.28',
    ]);
  });
});

describe('a controls file numbered by the 2013 edition', () => {
  const file = csv('Control,Status,Owner,Justification', [
    'A.9.4.2,implemented,IAM Lead,',
    'A.12.4.1,implemented,SecOps,',
    'A.12.4.2,partial,SecOps,',
    'A.12.4.3,implemented,Platform,',
    'A.18.2.3,planned,GRC,',
    'A.11.1.6,n/a,Facilities,no loading areas',
  ]);

  it('is read through the crosswalk: each row under its 2022 id, the weakest status winning a merge', () => {
    const result = gate(file).standards[0]!;
    const status = (id: string) => result.controls.find((c) => c.id === id)!.status;
    expect([status('8.5'), status('8.15'), status('5.36'), status('8.8'), status('7.2')]).toEqual([
      'implemented',
      'partial',
      'planned',
      'planned',
      'not-applicable',
    ]);
    expect(result.controls.find((c) => c.id === '8.15')!.entry).toMatchObject({
      rawId: 'A.12.4.1, A.12.4.2, A.12.4.3',
      owner: 'SecOps; Platform',
    });
  });

  it('warns for every row with the 2022 id to use, for each conflicting merge, and names the new controls', () => {
    const report = gate(file);
    expect(
      report.warnings
        .filter((w) => w.rule === 'iso2013-ids')
        .map((w) => `${w.rule} ${w.line ?? '-'} ${w.message}`),
    ).toEqual([
      'iso2013-ids 2 A.9.4.2 is an ISO 27001:2013 id; use 8.5 (Secure authentication)',
      'iso2013-ids 3 A.12.4.1 is an ISO 27001:2013 id; use 8.15 (Logging)',
      'iso2013-ids 4 A.12.4.2 is an ISO 27001:2013 id; use 8.15 (Logging)',
      'iso2013-ids 5 A.12.4.3 is an ISO 27001:2013 id; use 8.15 (Logging)',
      'iso2013-ids 6 A.18.2.3 is an ISO 27001:2013 id; use 5.36 (Compliance with policies, rules and standards for information security) and 8.8 (Management of technical vulnerabilities): the 2013 control was split, so decide the status of each',
      'iso2013-ids 7 A.11.1.6 is an ISO 27001:2013 id; use 7.2 (Physical entry)',
      'iso2013-ids 3 8.15 (Logging) merges A.12.4.1 (implemented, line 3), A.12.4.2 (partial, line 4), A.12.4.3 (implemented, line 5): the weakest status, partial, counts',
      'iso2013-ids - a 2013-numbered file cannot cover the 11 controls new in ISO 27001:2022, listed as gaps: 5.7 Threat intelligence, 5.23 Information security for use of cloud services, 5.30 ICT readiness for business continuity, 7.4 Physical security monitoring, 8.9 Configuration management, 8.10 Information deletion, 8.11 Data masking, 8.12 Data leakage prevention, 8.16 Monitoring activities, 8.23 Web filtering, 8.28 Secure coding',
    ]);
  });

  it('lists the new controls as gaps by name, and the warnings reach Markdown and JSON', () => {
    const report = gate(file);
    const gaps = report.standards[0]!.gaps.filter((g) => g.detail !== undefined);
    expect(gaps.map((g) => g.id)).toEqual(NEW_IN_2022.map((c) => c.id));
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      '| 5.7 | Threat intelligence | Not assessed: new in ISO 27001:2022; a 2013-numbered file cannot cover it | _unassigned_ |  |',
    );
    expect(markdown).toContain('### Warnings (9)');
    expect(markdown).toContain(
      '- **iso2013-ids**: A.9.4.2 is an ISO 27001:2013 id; use 8.5 (Secure authentication) (`controls.csv:2`)',
    );
    const json = JSON.parse(renderJson(report)) as { warnings: { rule: string; line?: number }[] };
    expect(json.warnings).toHaveLength(9);
    expect(json.warnings[0]).toEqual({
      rule: 'iso2013-ids',
      file: 'controls.csv',
      line: 2,
      message: 'A.9.4.2 is an ISO 27001:2013 id; use 8.5 (Secure authentication)',
    });
  });

  it('fails the gate on a 2013 file when the rule is set to error', () => {
    const report = gate(file, { rules: { 'iso2013-ids': 'error' }, threshold: 0 });
    expect(report.passed).toBe(false);
    expect(report.failures).toHaveLength(8);
  });

  it('also derives HIPAA from a 2013 file, through the 2022 ids', () => {
    const report = gate(file, { standards: ['iso27001', 'hipaa'] });
    const derived = report.standards[1]!;
    expect(derived.derivedFrom).toBe('ISO 27001');
    expect(derived.controls.find((c) => c.id === '164.312(d)')!.derived!.sources).toEqual([
      { id: '5.17', status: 'not-assessed' },
      { id: '8.5', status: 'implemented' },
    ]);
  });
});

describe('a file mixing the editions', () => {
  const messages = (rows: string[]) => {
    try {
      gate(csv('id,status', rows));
    } catch (error) {
      if (error instanceof InputError) return error.problems.map((p) => `${p.line}: ${p.message}`);
      throw error;
    }
    return [];
  };

  it('names the 2022 id of a 2013 id in a 2022 file', () => {
    expect(messages(['5.1,implemented', '5.2,implemented', 'A.12.4.1,implemented'])).toEqual([
      '4: "A.12.4.1" is an ISO 27001:2013 id (2022: 8.15), but most rows of this file use 2022 ids; use one edition per file (isms-gate migrate rewrites a 2013 file)',
    ]);
  });

  it('names a 2022 id in a 2013 file as such', () => {
    expect(messages(['A.5.1.1,implemented', 'A.5.1.2,implemented', '8.24,implemented'])).toEqual([
      '4: "8.24" is an ISO 27001:2022 id, but most rows of this file use 2013 ids (A.9.4.2); use one edition per file',
    ]);
  });
});
