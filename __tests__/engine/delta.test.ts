import { describe, expect, it } from '@jest/globals';
import { evaluateBaseline } from '../../src/engine/delta/baseline.js';
import { compareReports } from '../../src/engine/delta/compare.js';
import { applyRegressions, findRegressions } from '../../src/engine/delta/regression.js';
import { renderDelta } from '../../src/engine/delta/render-delta.js';
import { runGate } from '../../src/engine/pipeline.js';
import { source } from '../support/files.js';
import { testSettings } from '../support/settings.js';

const RISK_HEAD = 'id,likelihood,impact,treatment,owner,controls\n';
const baseControls = source('isms/controls.csv', 'id,status\n5.1,yes\n8.15,implemented\n8.16,no\n');
const headControls = source('isms/controls.csv', 'id,status\n5.1,yes\n8.15,partial\n8.16,yes\n');
const baseRisks = source(
  'isms/risks.csv',
  `${RISK_HEAD}R1,3,5,mitigate,Ops,8.15\nR2,2,2,accept,Ops,\nR3,1,1,accept,Ops,\n`,
);
const headRisks = source(
  'isms/risks.csv',
  `${RISK_HEAD}R1,4,5,mitigate,Ops,8.15\nR2,2,2,accept,Ops,\nR4,3,5,,,\n`,
);

const settings = testSettings({ threshold: 0 });
const head = runGate({ settings, controls: [headControls], risks: headRisks });
const files = { controlPaths: ['isms/controls.csv'], risksPath: 'isms/risks.csv' };

describe('PR delta', () => {
  const baseline = evaluateBaseline({ ...files, controls: [baseControls], risks: baseRisks }, settings);
  const delta = compareReports(baseline, head);

  it('compares the overall and per-theme figures: 2 of 93 implemented before, 2.5 after', () => {
    const iso = delta.standards[0]!;
    expect([iso.before, iso.after]).toEqual([2.2, 2.7]);
    expect(iso.domains.map((d) => [d.domain, d.before, d.after])).toEqual([
      ['organizational', 2.7, 2.7],
      ['people', 0, 0],
      ['physical', 0, 0],
      ['technological', 2.9, 4.4],
    ]);
  });

  it('lists controls whose status changed, gaps opened and closed', () => {
    expect(delta.controls.map((c) => `${c.id} ${c.before} -> ${c.after}`)).toEqual([
      '8.15 implemented -> partial',
      '8.16 not-implemented -> implemented',
    ]);
    expect(delta.gapsOpened.map((g) => [g.id, g.status])).toEqual([['8.15', 'partial']]);
    expect(delta.gapsClosed.map((g) => [g.id, g.status])).toEqual([['8.16', 'not-implemented']]);
  });

  it('lists risks added, removed and changing level', () => {
    expect(delta.risksAdded.map((r) => [r.id, r.level, r.treatment])).toEqual([['R4', 'high', undefined]]);
    expect(delta.risksRemoved.map((r) => r.id)).toEqual(['R3']);
    expect(delta.risksChanged.map((c) => [c.id, c.before.level, c.after.level])).toEqual([
      ['R1', 'high', 'critical'],
    ]);
  });

  it('renders the delta with before, after and change, and each moved item', () => {
    const text = renderDelta(delta);
    expect(text.split('\n').slice(0, 5)).toEqual([
      '## What this change does to compliance',
      '',
      '| Compliance | Base | This change | Change |',
      '| --- | ---: | ---: | ---: |',
      '| **ISO 27001** | 2.2% | **2.7%** | ▲ +0.5 pp |',
    ]);
    expect(text).toContain('| Technological | 2.9% | 4.4% | ▲ +1.5 pp |');
    expect(text).toContain('- `8.15` Logging: Implemented → Partial');
    expect(text).toContain('**Risks added (1)**\n\n- `R4` 🟠 High (score 15, **no treatment**)');
    expect(text).toContain('- `R1` 🟠 High → 🔴 Critical (score 15 → 20)');
    expect(text).toContain('**Gaps closed (1)**\n\n- `8.16` Monitoring activities (Not implemented)');
  });

  it('finds the new untreated High risk as a regression, but not a compliance drop', () => {
    expect(findRegressions(delta)).toEqual([
      {
        rule: 'no-regression',
        message: 'High risk R4 (score 15) is new in this change and has no treatment',
        file: 'isms/risks.csv',
        line: 4,
      },
    ]);
  });

  it('finds a compliance drop, and fails the report only when applied', () => {
    const worse = runGate({ settings, controls: [baseControls] });
    const better = evaluateBaseline({ controlPaths: files.controlPaths, controls: [headControls] }, settings);
    const drop = compareReports(better, worse);
    const findings = findRegressions(drop);
    expect(findings).toEqual([
      { rule: 'no-regression', message: 'ISO 27001 compliance dropped from 2.7% to 2.2%' },
    ]);
    expect(worse.passed).toBe(true);
    const failed = applyRegressions(worse, findings);
    expect([failed.passed, failed.failures.length]).toEqual([false, 1]);
    expect(applyRegressions(worse, [])).toBe(worse);
    const warned = applyRegressions(worse, findings, false);
    expect([warned.passed, warned.failures.length, warned.warnings.at(-1)!.rule]).toEqual([
      true,
      0,
      'no-regression',
    ]);
    expect(warned.warnings.length).toBe(worse.warnings.length + 1);
  });

  it('says so when a file is absent at the base: no compliance baseline, every risk new', () => {
    const none = evaluateBaseline({ ...files, controls: [undefined], risks: undefined }, settings);
    expect([none.controls, none.risks, none.absent]).toEqual(['absent', 'absent', ['isms/controls.csv']]);
    const d = compareReports(none, head);
    expect(d.standards[0]!.before).toBeUndefined();
    expect(d.risksAdded.map((r) => r.id)).toEqual(['R1', 'R2', 'R4']);
    const text = renderDelta(d);
    expect(text).toContain(
      '> No compliance baseline: `isms/controls.csv` did not exist at the base commit.\n> No risk baseline: the risk register did not exist at the base commit, so every risk is new.',
    );
    expect(text).toContain('| **ISO 27001** | _no baseline_ | **2.7%** | n/a |');
    expect(findRegressions(d).map((f) => f.message)).toEqual([
      'High risk R4 (score 15) is new in this change and has no treatment',
    ]);
  });

  it('treats an invalid base file as no baseline and quotes its problem', () => {
    const broken = source('isms/controls.csv', 'id,status\n5.1,sort of\n');
    const b = evaluateBaseline({ controlPaths: files.controlPaths, controls: [broken] }, settings);
    expect(b.controls).toBe('invalid');
    const text = renderDelta(compareReports(b, head));
    expect(text).toContain('> No compliance baseline: the controls file was invalid at the base commit.');
    expect(text).toContain(
      '> At the base commit: isms/controls.csv:2: unknown status "sort of" for control 5.1',
    );
  });

  it('says nothing moved when base and head are the same', () => {
    const same = evaluateBaseline({ ...files, controls: [headControls], risks: headRisks }, settings);
    expect(renderDelta(compareReports(same, head))).toMatch(/\nNo control status, risk or gap changed\.$/);
  });
});
