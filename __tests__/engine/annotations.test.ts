import { describe, expect, it } from '@jest/globals';
import { collectAnnotations } from '../../src/engine/annotations/collect.js';
import { renderOmitted, selectAnnotations } from '../../src/engine/annotations/select.js';
import { InputError } from '../../src/engine/errors.js';
import { runGate } from '../../src/engine/pipeline.js';
import { source } from '../support/files.js';
import { testSettings } from '../support/settings.js';

const controlRows = (n: number) =>
  Array.from({ length: n }, (_, i) => `5.${i + 1},${i % 2 === 0 ? 'partial' : 'no'}`).join('\n');

describe('annotations', () => {
  const controls = source('c.csv', `id,status\n${controlRows(14)}\n8.5,planned\n`);
  const risks = source(
    'r.csv',
    'id,likelihood,impact,treatment,owner,plan,due,controls\nR1,4,5,,,,,8.5\nR2,3,5,mitigate,Ops,Segregate duties,2027-06-30,5.14\n',
  );
  const report = runGate({ settings: testSettings({ threshold: 0 }), controls: [controls], risks });
  const all = collectAnnotations({ report });

  it('makes errors of located failures and warnings of located gaps, most important first', () => {
    expect(all.errors).toEqual([
      {
        level: 'error',
        rule: 'critical-risk-untreated',
        title: 'isms-gate',
        message: 'critical-risk-untreated: Critical risk R1 (score 20) has no treatment',
        file: 'r.csv',
        line: 2,
      },
    ]);
    // Warning findings (the two ineffective treatments) come before the gaps.
    expect(all.warnings.map((a) => a.rule).slice(0, 3)).toEqual([
      'ineffective-treatment',
      'ineffective-treatment',
      'gap',
    ]);
    const gaps = all.warnings.filter((a) => a.rule === 'gap');
    expect(gaps).toHaveLength(15);
    // 8.5 is relied on by a Critical risk, 5.14 by a High one, then not implemented before partial.
    expect(gaps.slice(0, 4).map((a) => [a.message.split(' ').slice(0, 5).join(' '), a.line])).toEqual([
      ['gap: ISO 27001 control 8.5', 16],
      ['gap: ISO 27001 control 5.14', 15],
      ['gap: ISO 27001 control 5.2', 3],
      ['gap: ISO 27001 control 5.4', 5],
    ]);
    expect(gaps[0]!.message).toBe(
      'gap: ISO 27001 control 8.5 Secure authentication is planned; no owner; relied on by R1',
    );
  });

  it('caps each kind at 10 and counts the rest for the summary', () => {
    const plan = selectAnnotations(all);
    expect([plan.errors.length, plan.warnings.length, plan.omitted]).toEqual([
      1,
      10,
      { errors: 0, warnings: 7 },
    ]);
    // Two findings, two risk-linked gaps, then six not implemented (5.2 ... 5.12); the partial ones wait.
    expect(plan.warnings.at(-1)!.message).toMatch(/^gap: ISO 27001 control 5\.12 /);
    expect(renderOmitted(plan)).toBe(
      '> Annotations: GitHub shows 10 of each kind per step, so the most important are on their lines; 7 more warnings are listed in this report only.',
    );
    expect(renderOmitted(selectAnnotations(all, 20))).toBe('');
  });

  it('makes errors of invalid rows, in file order, when the input is invalid', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `5.${i + 1},maybe`).join('\n');
    let problems: InputError['problems'] = [];
    try {
      runGate({ settings: testSettings(), controls: [source('bad.csv', `id,status\n${rows}\n`)] });
    } catch (error) {
      problems = (error as InputError).problems;
    }
    const plan = selectAnnotations(collectAnnotations({ problems: [...problems, { message: 'no file' }] }));
    expect(plan.errors.map((a) => a.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(plan.errors[0]!.message).toMatch(
      /^bad\.csv:2: unknown status "maybe" for control 5\.1; accepted words: /,
    );
    expect(plan.omitted).toEqual({ errors: 2, warnings: 0 });
    expect(renderOmitted(plan)).toContain('; 2 more errors are listed in this report only.');
  });
});
