import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { runGate, type GateInput } from '../../src/engine/pipeline.js';
import { renderJson } from '../../src/engine/render/render-json.js';
import { renderSarif } from '../../src/engine/render/sarif/render-sarif.js';
import { renderMarkdown } from '../../src/engine/render/markdown/index.js';
import { source } from '../support/files.js';

const settings = { standards: ['iso27001'], threshold: 80, domains: [], today: '2026-12-04', rules: {} };
const controlsCsv = readFileSync('examples/healthtech/controls.csv', 'utf8');
const risksCsv = readFileSync('examples/healthtech/risks.csv', 'utf8');

function render(input: GateInput): [string, string, string] {
  const report = runGate(input);
  return [renderMarkdown(report), renderJson(report), renderSarif({ report })];
}

const quoteCsv = (rows: string[][]) =>
  rows.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';

/** The same rows in another order (rows shuffled, header kept), every cell quoted. */
function shuffleRows(csv: string, seed: number): string {
  const [header, ...rows] = parse(csv) as string[][];
  const order = rows.map((row, i) => ({ row, key: (i * 7919 + seed * 104729) % 1009 }));
  return quoteCsv([header!, ...order.sort((a, b) => a.key - b.key).map((o) => o.row)]);
}

/** The same columns in another order, every cell quoted. */
function reorderColumns(csv: string): string {
  return quoteCsv((parse(csv) as string[][]).map((row) => [...row].reverse()));
}

describe('determinism: the same facts give the same bytes', () => {
  const base = render({
    settings,
    controls: [source('controls.csv', controlsCsv)],
    risks: source('risks.csv', risksCsv),
  });

  it('two runs give identical Markdown, JSON and SARIF', () => {
    const again = render({
      settings,
      controls: [source('controls.csv', controlsCsv)],
      risks: source('risks.csv', risksCsv),
    });
    expect(again).toEqual(base);
  });

  it('row order in a controls file changes nothing but the line numbers the report cites', () => {
    const shuffled = render({
      settings,
      controls: [source('controls.csv', shuffleRows(controlsCsv, 3))],
      risks: source('risks.csv', risksCsv),
    });
    const withoutLines = (text: string) =>
      text.replace(/"(line|startLine)": \d+/g, '"$1": 0').replace(/controls\.csv:\d+/g, 'controls.csv:0');
    expect(shuffled.map(withoutLines)).toEqual(base.map(withoutLines));
  });

  it('row order in a risk register changes nothing in the figures, the verdict or the sorted risks table', () => {
    const shuffled = runGate({
      settings,
      controls: [source('controls.csv', controlsCsv)],
      risks: source('risks.csv', shuffleRows(risksCsv, 5)),
    });
    const original = runGate({
      settings,
      controls: [source('controls.csv', controlsCsv)],
      risks: source('risks.csv', risksCsv),
    });
    const facts = (r: typeof original) => ({
      passed: r.passed,
      percentage: r.standards.map((s) => s.percentage),
      gaps: r.standards.map((s) => s.gaps.map((g) => g.id)),
      risks: r.risks?.items.map((i) => [i.id, i.score, i.level]),
      failures: r.failures.map((f) => [f.rule, f.message]),
    });
    expect(facts(shuffled)).toEqual(facts(original));
  });

  it('column order changes nothing', () => {
    const reordered = render({
      settings,
      controls: [source('controls.csv', reorderColumns(controlsCsv))],
      risks: source('risks.csv', reorderColumns(risksCsv)),
    });
    expect(reordered).toEqual(base);
  });

  it('key order in a YAML register changes nothing', () => {
    const yaml = (keys: string[]) =>
      `risks:\n${['R1', 'R2'].map((id, i) => keys.map((k, j) => `${j === 0 ? '  - ' : '    '}${k}: ${{ id, likelihood: 4 + i, impact: 5, treatment: 'mitigate', owner: 'CISO' }[k]}`).join('\n')).join('\n')}\n`;
    const a = render({
      settings,
      controls: [source('controls.csv', controlsCsv)],
      risks: source('r.yaml', yaml(['id', 'likelihood', 'impact', 'treatment', 'owner'])),
    });
    const b = render({
      settings,
      controls: [source('controls.csv', controlsCsv)],
      risks: source('r.yaml', yaml(['owner', 'treatment', 'impact', 'likelihood', 'id'])),
    });
    expect(b).toEqual(a);
  });

  it('the order controls files are given in changes nothing', () => {
    const [header, ...rows] = controlsCsv.trimEnd().split('\n');
    const first = source('a.csv', [header, ...rows.slice(0, 40)].join('\n'));
    const second = source('b.csv', [header, ...rows.slice(40)].join('\n'));
    const ab = render({ settings, controls: [first, second] });
    const ba = render({ settings, controls: [second, first] });
    expect(ba).toEqual(ab);
  });
});
