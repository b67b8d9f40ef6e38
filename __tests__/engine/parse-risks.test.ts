import { describe, expect, it } from '@jest/globals';
import { iso27001 } from '../../src/engine/catalogs/iso27001.js';
import { riskLevel } from '../../src/engine/evaluate/risk-level.js';
import { parseRisks } from '../../src/engine/validate/parse-risks.js';
import { fixture, source } from '../support/files.js';

describe('parseRisks', () => {
  it("scores the seed's worked example as the seed writes it: 15 High, 16 High, 20 Critical", () => {
    const { entries, problems } = parseRisks(fixture('__tests__/fixtures/risks/seed-example.csv'), iso27001);
    expect(problems).toEqual([]);
    expect(
      entries.map((r) => [
        r.id,
        r.asset,
        r.likelihood,
        r.impact,
        r.score,
        r.level,
        r.treatment,
        r.owner,
        r.timeline,
      ]),
    ).toEqual([
      ['R001', 'A001', 3, 5, 15, 'high', 'mitigate', 'DBA Team', '30 days'],
      ['R002', 'A002', 4, 4, 16, 'high', 'mitigate', 'App Team', '14 days'],
      ['R003', 'A004', 4, 5, 20, 'critical', 'mitigate', 'Security', '7 days'],
    ]);
    expect(entries[1]!.treatmentPlan).toBe('Add input validation, WAF');
  });

  it.each([
    [25, 'critical'],
    [20, 'critical'],
    [19, 'high'],
    [15, 'high'],
    [14, 'medium'],
    [10, 'medium'],
    [9, 'low'],
    [5, 'low'],
    [4, 'minimal'],
    [1, 'minimal'],
  ])('score %i is %s', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });

  it('reports every bad row with its line, the value and what is valid', () => {
    const { entries, problems } = parseRisks(fixture('__tests__/fixtures/risks/errors.csv'), iso27001);
    expect(entries).toEqual([]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'likelihood of R1 "6" is not a whole number from 1 to 5'],
      [3, 'likelihood of R2 "three" is not a whole number from 1 to 5; write it as a digit (3)'],
      [4, 'score of R3 is "7" but likelihood x impact is 2 x 3 = 6'],
      [
        5,
        'unknown treatment "ignore" for R4; accepted: mitigate (mitigate, modify, reduce, treat, mitigation, mitigated, control); accept (accept, retain, tolerate, accepted, retained); transfer (transfer, share, transferred, shared, insure); avoid (avoid, terminate, avoided, eliminate)',
      ],
      [6, 'R5 links unknown control "A.9.9"; the nearest Annex A id is 8.9'],
      [7, 'duplicate risk id "R5": already used at line 6'],
    ]);
  });

  it('normalises 2018 and 2022 treatment words', () => {
    const csv = 'id,l,i,treatment\nA,1,1,Modify\nB,1,1,retain\nC,1,1,Share\nD,1,1,avoid\n';
    const { entries } = parseRisks(source('t.csv', csv), iso27001);
    expect(entries.map((r) => r.treatment)).toEqual(['mitigate', 'accept', 'transfer', 'avoid']);
  });

  it('reads a YAML register with its records under `risks` and the register date as meta', () => {
    const { entries, meta } = parseRisks(
      fixture('__tests__/fixtures/risks/critical-untreated.yaml'),
      iso27001,
    );
    expect(meta).toEqual({ assessed: '2026-11-01' });
    expect(entries.map((r) => [r.id, r.score, r.source.line])).toEqual([
      ['R10', 25, 3],
      ['R11', 20, 8],
      ['R12', 20, 13],
    ]);
  });

  it('rejects a decimal likelihood rather than truncating it', () => {
    const { problems } = parseRisks(source('d.csv', 'id,likelihood,impact\nR1,2.5,3\n'), iso27001);
    expect(problems.map((p) => p.message)).toEqual([
      'likelihood of R1 "2.5" is not a whole number from 1 to 5',
    ]);
  });
});
