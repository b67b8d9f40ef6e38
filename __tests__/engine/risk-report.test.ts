import { describe, expect, it } from '@jest/globals';
import { heatMapTable, renderHeatMaps } from '../../src/engine/render/markdown/heat-map.js';
import { renderRiskReview } from '../../src/engine/render/markdown/risk-review.js';
import { renderTreatmentStatus } from '../../src/engine/render/markdown/treatment-status.js';
import { renderReport } from '../../src/engine/render/index.js';
import { gate, settings } from './helpers.js';

const REGISTER = `id,likelihood,impact,treatment,plan,owner,due,status,residual_likelihood,residual_impact,controls,accepted_by,accepted_on,acceptance_expires
R1,4,5,mitigate,MFA,Sec,2026-11-30,in progress,2,5,8.5,,,
R2,4,5,mitigate,WAF,App,2026-12-10,open,,,8.24,,,
R3,2,3,accept,,COO,,accepted,,,,COO,2026-01-01,2026-12-20
R4,1,1,accept,,COO,,accepted,,,,COO,2026-01-01,2026-12-01
`;

describe('heat map', () => {
  it('renders a 5x5 table with level colours and counts, likelihood 5 on top', () => {
    const grid = new Map([
      ['4,5', 2],
      ['1,1', 1],
    ]);
    expect(heatMapTable(grid)).toBe(
      [
        '| Likelihood ↓ · Impact → | 1 | 2 | 3 | 4 | 5 |',
        '| :---: | :---: | :---: | :---: | :---: | :---: |',
        '| **5** | 🟢 | 🟡 | 🟠 | 🔴 | 🔴 |',
        '| **4** | ⚪ | 🟢 | 🟡 | 🟠 | 🔴 **2** |',
        '| **3** | ⚪ | 🟢 | 🟢 | 🟡 | 🟠 |',
        '| **2** | ⚪ | ⚪ | 🟢 | 🟢 | 🟡 |',
        '| **1** | ⚪ **1** | ⚪ | ⚪ | ⚪ | 🟢 |',
      ].join('\n'),
    );
  });

  it('places stated residuals on the residual map and counts computed ones below it', () => {
    const text = renderHeatMaps(gate(REGISTER).riskReview!.items);
    expect(text).toContain('**Inherent risk** (4 risks)');
    expect(text).toContain('**Residual risk** (1 with stated residual likelihood and impact)');
    expect(text).toContain('| **2** | ⚪ | ⚪ | 🟢 | 🟢 | 🟡 **1** |');
    expect(
      text.endsWith(
        '3 risks have a computed residual (inherent x (1 - effectiveness of the linked controls)), not placed on the grid: 🟡 Medium 1 · 🟢 Low 1 · ⚪ Minimal 1.',
      ),
    ).toBe(true);
  });
});

describe('treatment status, overdue and expiring acceptances', () => {
  it('counts states by level and draws the same totals as a Mermaid pie', () => {
    expect(renderTreatmentStatus(gate(REGISTER).riskReview!.items)).toBe(
      [
        '### Treatment status',
        '',
        '| Status | 🔴 Critical | 🟠 High | 🟡 Medium | 🟢 Low | ⚪ Minimal | Total |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| Open | 1 | 0 | 0 | 0 | 0 | **1** |',
        '| In progress | 1 | 0 | 0 | 0 | 0 | **1** |',
        '| Accepted | 0 | 0 | 0 | 1 | 1 | **2** |',
        '| **Total** | **2** | **0** | **0** | **1** | **1** | **4** |',
        '',
        '```mermaid',
        'pie showData title Risk treatment status',
        '    "Open" : 1',
        '    "In progress" : 1',
        '    "Accepted" : 2',
        '```',
      ].join('\n'),
    );
  });

  it('lists overdue treatments and acceptances expiring within the notice days, with owners and days', () => {
    const report = gate(REGISTER);
    const text = renderRiskReview(report.riskReview!, report.settings);
    expect(text).toContain(
      [
        '### Overdue treatments (1)',
        '',
        '| Risk | Level | Owner | Due | Days overdue | Status |',
        '| --- | --- | --- | --- | ---: | --- |',
        '| R1 | 🔴 Critical | Sec | 2026-11-30 | 4 | In progress |',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        '### Risk acceptances expired or expiring within 30 days (2)',
        '',
        '| Risk | Level | Accepted by | Owner | Expires | Days left |',
        '| --- | --- | --- | --- | --- | ---: |',
        '| R4 | ⚪ Minimal | COO | COO | 2026-12-01 | expired 3 days ago |',
        '| R3 | 🟢 Low | COO | COO | 2026-12-20 | 16 |',
      ].join('\n'),
    );
    const narrow = renderRiskReview(report.riskReview!, { ...report.settings, acceptanceNoticeDays: 10 });
    expect(narrow).toContain('### Risk acceptances expired or expiring within 10 days (1)');
  });

  it('shows how each residual was obtained and the ineffective treatments', () => {
    const report = gate(REGISTER);
    const text = renderRiskReview(report.riskReview!, report.settings);
    expect(text).toContain('| R1 | 20 | 🔴 Critical | 10 | 🟡 Medium | stated 2 x 5 | 8.5 |');
    expect(text).toContain(
      '| R2 | 20 | 🔴 Critical | 10 | 🟡 Medium | computed: 20 x (1 - 0.5) from 1 linked control | 8.24 |',
    );
    expect(text).not.toContain('### Ineffective treatments');
    const weak = gate('id,likelihood,impact,controls\nR9,3,5,8.28\n');
    expect(renderRiskReview(weak.riskReview!, weak.settings)).toContain(
      '| R9 | 🟠 High | 8.28 | Not implemented | controls.csv:5 |',
    );
  });

  it('adds the review to the JSON report and the Markdown report, byte-stable', () => {
    const report = gate(REGISTER);
    const json = JSON.parse(renderReport(report, 'json')) as {
      riskReview: { items: { id: string; status: string; residual: unknown; daysOverdue: number | null }[] };
    };
    expect(json.riskReview.items[0]).toMatchObject({
      id: 'R1',
      status: 'in-progress',
      residual: {
        score: 10,
        level: 'medium',
        basis: 'stated',
        likelihood: 2,
        impact: 5,
        effectiveness: null,
      },
      daysOverdue: 4,
    });
    expect(json.riskReview.items[1]!.residual).toEqual({
      score: 10,
      level: 'medium',
      basis: 'computed',
      likelihood: null,
      impact: null,
      effectiveness: 0.5,
    });
    expect(renderReport(gate(REGISTER), 'markdown')).toBe(renderReport(gate(REGISTER), 'markdown'));
    expect(renderReport(report, 'markdown')).toContain('### Risk heat maps');
    expect(settings().today).toBe('2026-12-04');
  });

  it('escapes user text in the lists', () => {
    const hostile = 'id,likelihood,impact,owner,due\nR<b>,3,5,"@ops | <script>",2026-12-01\n';
    const report = gate(hostile);
    expect(renderRiskReview(report.riskReview!, report.settings)).toContain(
      '| R&lt;b&gt; | 🟠 High | @\u200bops \\| &lt;script&gt; | 2026-12-01 | 3 | Open |',
    );
  });
});
