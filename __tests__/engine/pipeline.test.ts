import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/engine/errors.js';
import { runGate } from '../../src/engine/pipeline.js';
import { renderJson } from '../../src/engine/render/render-json.js';
import { renderMarkdown } from '../../src/engine/render/markdown/index.js';
import type { Settings } from '../../src/engine/settings.js';
import { fixture, source } from '../support/files.js';

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  standards: ['iso27001'],
  threshold: 80,
  domains: [],
  today: '2026-12-04',
  rules: {},
  ...overrides,
});

const example = {
  controls: [fixture('examples/healthtech/controls.csv')],
  risks: fixture('examples/healthtech/risks.csv'),
};

describe('runGate', () => {
  it('scores N/A out of the denominator and partial as half: 2 implemented, 1 partial, 1 N/A of 93', () => {
    const controls = source(
      'c.csv',
      'id,status,justification\n5.1,yes,\n5.2,done,\n5.3,partial,\n7.1,n/a,remote\n',
    );
    const report = runGate({ settings: settings({ threshold: 0 }), controls: [controls] });
    const iso = report.standards[0]!;
    expect([iso.applicable, iso.score, iso.percentage]).toEqual([92, 2.5, 2.7]);
    expect(iso.counts).toEqual({
      implemented: 2,
      partial: 1,
      planned: 0,
      'not-implemented': 0,
      'not-applicable': 1,
      'not-assessed': 89,
    });
    expect(iso.domains.map((d) => [d.domain, d.percentage, d.applicable])).toEqual([
      ['organizational', 6.8, 37],
      ['people', 0, 8],
      ['physical', 0, 13],
      ['technological', 0, 34],
    ]);
  });

  it('lists a control missing from the file as a not-assessed gap, the same way every run', () => {
    const controls = source('c.csv', 'id,status\n5.1,yes\n');
    const first = runGate({ settings: settings(), controls: [controls] });
    const second = runGate({ settings: settings(), controls: [controls] });
    const gap = first.standards[0]!.gaps.find((g) => g.id === '8.24');
    expect(gap).toMatchObject({ id: '8.24', status: 'not-assessed', title: 'Use of cryptography' });
    expect(renderJson(first)).toBe(renderJson(second));
  });

  it('passes the healthtech example at 89.1% with reasons', () => {
    const report = runGate({ settings: settings(), ...example });
    expect(report.passed).toBe(true);
    expect(report.standards[0]!.percentage).toBe(89.1);
    expect(renderMarkdown(report).split('\n').slice(0, 6)).toEqual([
      '## ✅ isms-gate passed: ISO 27001 89.1% (threshold 80%)',
      '',
      '### Why it passed',
      '',
      '- ISO 27001 compliance 89.1% meets the threshold 80%.',
      '- The one Critical risk has a treatment with an owner.',
    ]);
  });

  it('fails below the threshold with a named rule', () => {
    const report = runGate({ settings: settings({ threshold: 95 }), ...example });
    expect(report.passed).toBe(false);
    expect(report.failures).toEqual([
      { rule: 'compliance-threshold', message: 'ISO 27001 compliance 89.1% is below the threshold 95%' },
    ]);
  });

  it('fails for a Critical risk without treatment and one to mitigate without owner, located in the file', () => {
    const report = runGate({
      settings: settings({ threshold: 0 }),
      controls: [source('c.csv', 'id,status\n5.1,yes\n')],
      risks: fixture('__tests__/fixtures/risks/critical-untreated.yaml'),
    });
    expect(report.failures.filter((f) => f.rule === 'critical-risk-untreated')).toEqual([
      {
        rule: 'critical-risk-untreated',
        message: 'Critical risk R10 (score 25) has no treatment',
        file: '__tests__/fixtures/risks/critical-untreated.yaml',
        line: 3,
      },
      {
        rule: 'critical-risk-untreated',
        message: 'Critical risk R11 (score 20) is to be mitigated but has no owner',
        file: '__tests__/fixtures/risks/critical-untreated.yaml',
        line: 8,
      },
    ]);
  });

  it('turns a rule into a warning when the settings say so', () => {
    const report = runGate({
      settings: settings({ threshold: 95, rules: { 'compliance-threshold': 'warning' } }),
      ...example,
    });
    expect(report.passed).toBe(true);
    expect(report.warnings.map((w) => w.rule)).toEqual(['compliance-threshold']);
  });

  it('rejects an unknown rule name, listing the valid ones', () => {
    expect(() => runGate({ settings: settings({ rules: { 'no-such-rule': 'off' } }), ...example })).toThrow(
      /^Unknown rule "no-such-rule"\. Valid rules: critical-risk-untreated, compliance-threshold, /,
    );
  });

  it('filters to named themes and rejects a domain that names nothing', () => {
    const report = runGate({ settings: settings({ domains: ['Technological'] }), ...example });
    expect(report.standards[0]!.controls).toHaveLength(34);
    expect(report.standards[0]!.percentage).toBe(83.8);
    expect(() => runGate({ settings: settings({ domains: ['nope'] }), ...example })).toThrow(InputError);
  });

  it('reports problems of the controls file and the register together', () => {
    let caught: unknown;
    try {
      runGate({
        settings: settings(),
        controls: [fixture('__tests__/fixtures/controls/errors.csv')],
        risks: fixture('__tests__/fixtures/risks/errors.csv'),
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const files = (caught as InputError).problems.map((p) => p.file);
    expect(files.filter((f) => f?.includes('controls/'))).toHaveLength(4);
    expect(files.filter((f) => f?.includes('risks/'))).toHaveLength(6);
  });
});

describe('runGate reports the settings and the files together', () => {
  it('lists an unknown standard, an unknown rule and a bad row in one error', () => {
    let caught: unknown;
    try {
      runGate({
        settings: settings({ standards: ['iso27001', 'iso2700'], rules: { 'no-such-rule': 'off' } }),
        controls: [fixture('__tests__/fixtures/controls/errors.csv')],
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const messages = (caught as InputError).problems.map((p) => p.message);
    expect(messages[0]).toMatch(/^Unknown rule "no-such-rule"\. Valid rules: /);
    expect(messages[1]).toMatch(/^Unknown standard "iso2700"/);
    expect(messages).toHaveLength(6);
  });
});
