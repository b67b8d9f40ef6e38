import { describe, expect, it } from '@jest/globals';
import { classifyEvidence, isPathShaped } from '../../src/engine/evidence/classify-evidence.js';
import { runGate } from '../../src/engine/pipeline.js';
import { InputError } from '../../src/engine/errors.js';
import type { Settings } from '../../src/engine/settings.js';
import { fakeProbe } from '../helpers/fake-probe.js';

// These tests look at evidence alone; a partial controls file would also warn that the SoA is incomplete.
const settings: Settings = {
  standards: ['iso27001'],
  threshold: 0,
  domains: [],
  today: '2026-12-04',
  rules: { 'soa-incomplete': 'off' },
};
const csv = (text: string, path = 'isms/controls.csv') => ({ path, bytes: new TextEncoder().encode(text) });

describe('evidence entries', () => {
  it.each([
    ['policies/access.md', true],
    ['evidence/', true],
    ['README.md', true],
    ['evidence/*.pdf', true],
    ['evidence/Board minutes 2026.pdf', true],
    ['POL-001 v3', false],
    ['MDM Intune', false],
    ['SEC-1234', false],
    ['HR-PROC-003 v2', false],
    ['LMS completion export 2026-Q3', false],
    ['ISO 27001/27002 mapping', false],
    ['v2.1', false],
    ['N/A', false],
  ])('%s is path-shaped: %s', (text, expected) => {
    expect(isPathShaped(text)).toBe(expected);
  });

  it('reads URLs, Markdown links, globs and references', () => {
    expect(classifyEvidence('https://siem.example.com/d/1', 'c.csv')).toEqual({
      kind: 'url',
      written: 'https://siem.example.com/d/1',
      url: 'https://siem.example.com/d/1',
    });
    expect(classifyEvidence('[Access policy](../policies/access.md#scope)', 'isms/soa/org.md')).toEqual({
      kind: 'path',
      written: '[Access policy](../policies/access.md#scope)',
      path: 'isms/policies/access.md',
    });
    expect(classifyEvidence('evidence/reviews/*.md', 'isms/c.csv')).toEqual({
      kind: 'glob',
      written: 'evidence/reviews/*.md',
      pattern: 'isms/evidence/reviews/*.md',
    });
    expect(classifyEvidence('POL-001 v3', 'c.csv')).toEqual({ kind: 'reference', written: 'POL-001 v3' });
  });
});

describe('evidence in the gate', () => {
  const files = {
    'isms/policies/access.md': '# Access',
    'isms/evidence/reviews/2026-q3.md': 'review',
    'isms/evidence/old/report.md': 'old',
  };
  const controls = [
    'id,status,evidence,last_reviewed',
    '5.15,implemented,policies/access.md,2026-06-01',
    '5.16,implemented,policies/identity.md; POL-001 v3,2026-06-01',
    '5.18,implemented,evidence/reviews/*.md,',
    '5.17,implemented,evidence/old/report.md,',
    '5.1,implemented,MDM Intune,',
    '5.2,partial,evidence/nothing-*.md,2026-01-01',
    '5.3,implemented,,2026-01-01',
  ].join('\n');

  it('finds missing and stale evidence, never changing the declared figure', () => {
    const probe = fakeProbe(files, {
      'isms/evidence/reviews/2026-q3.md': '2026-10-01',
      'isms/evidence/old/report.md': '2025-12-03',
    });
    const report = runGate({ settings, controls: [csv(controls)], probe });
    expect(report.standards[0]!.percentage).toBe(7);
    expect(report.failures).toEqual([
      {
        rule: 'evidence-missing',
        file: 'isms/controls.csv',
        line: 3,
        message:
          'control 5.16 is implemented but its evidence "policies/identity.md" (isms/policies/identity.md) does not exist in the workspace',
      },
    ]);
    expect(report.warnings).toEqual([
      {
        rule: 'evidence-stale',
        file: 'isms/controls.csv',
        line: 5,
        message:
          'evidence of control 5.17 was last committed on 2025-12-03 (366 days ago); the maximum age is 365 days',
      },
    ]);
    const byId = new Map(report.evidence!.controls.map((c) => [c.id, c]));
    expect(byId.get('5.18')).toMatchObject({
      reviewed: '2026-10-01',
      reviewedFrom: 'git',
      ageDays: 64,
      evidenced: true,
    });
    expect(byId.get('5.1')).toMatchObject({ reviewed: undefined, evidenced: true, missing: [] });
    expect(byId.get('5.2')).toMatchObject({ missing: ['evidence/nothing-*.md'], evidenced: false });
    expect(byId.get('5.3')).toMatchObject({ evidenced: false, items: [] });
    // 5.15, 5.18 and 5.1 are evidenced: 3 of 93 controls.
    expect(report.evidence!.compliance[0]).toMatchObject({ declared: 7, evidenced: 3.2, unevidenced: 4 });
  });

  it('treats evidence exactly at the maximum age as fresh', () => {
    const probe = fakeProbe(files, { 'isms/evidence/old/report.md': '2025-12-04' });
    const report = runGate({
      settings,
      controls: [csv('id,status,evidence\n5.17,implemented,evidence/old/report.md')],
      probe,
    });
    expect(report.warnings).toEqual([]);
    const tighter = runGate({
      settings: { ...settings, evidenceMaxAge: 30, rules: { ...settings.rules, 'evidence-stale': 'error' } },
      controls: [csv('id,status,evidence\n5.17,implemented,evidence/old/report.md')],
      probe,
    });
    expect(tighter.failures.map((f) => f.rule)).toEqual(['evidence-stale']);
  });

  it('reports absolute and escaping evidence paths as input errors with their lines', () => {
    const run = () =>
      runGate({
        settings,
        controls: [
          csv('id,status,evidence\n5.15,implemented,/etc/passwd\n5.16,implemented,../../secrets.txt'),
        ],
        probe: fakeProbe({}),
      });
    expect(run).toThrow(InputError);
    try {
      run();
    } catch (error) {
      expect((error as InputError).problems).toEqual([
        {
          file: 'isms/controls.csv',
          line: 2,
          message:
            'evidence of control 5.15: "/etc/passwd" is an absolute path; write it relative to the folder isms/',
        },
        {
          file: 'isms/controls.csv',
          line: 3,
          message:
            'evidence of control 5.16: "../../secrets.txt" leaves the workspace (it resolves to "../secrets.txt")',
        },
      ]);
    }
  });

  it('skips evidence entirely without a probe, and the rules can be turned off', () => {
    const report = runGate({ settings, controls: [csv(controls)] });
    expect(report.evidence).toBeUndefined();
    const off = runGate({
      settings: { ...settings, rules: { ...settings.rules, 'evidence-missing': 'off' } },
      controls: [csv(controls)],
      probe: fakeProbe(files),
    });
    expect(off.failures).toEqual([]);
  });

  it('asks git once per control, with the files the control names', () => {
    const probe = fakeProbe(files);
    runGate({
      settings,
      controls: [csv('id,status,evidence\n5.18,implemented,evidence/reviews/*.md; policies/access.md')],
      probe,
    });
    expect(probe.gitCalls).toEqual([['isms/evidence/reviews/2026-q3.md', 'isms/policies/access.md']]);
  });
});
