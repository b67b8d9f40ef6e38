import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceProbe } from '../../src/adapters/workspace-probe.js';
import { Workspace } from '../../src/adapters/workspace.js';
import { iso27001 } from '../../src/engine/catalogs/iso27001.js';
import { classifyEvidence } from '../../src/engine/evidence/classify-evidence.js';
import { runGate } from '../../src/engine/pipeline.js';
import type { Settings } from '../../src/engine/settings.js';
import { parseControls } from '../../src/engine/validate/parse-controls.js';

const root = new URL('../../', import.meta.url).pathname;
const workspace = new Workspace(root);
const csv = workspace.read('examples/healthtech/controls.csv');
const markdown = readdirSync(join(root, 'examples/healthtech/soa'))
  .sort()
  .map((name) => workspace.read(`examples/healthtech/soa/${name}`));
const settings: Settings = {
  standards: ['iso27001'],
  threshold: 80,
  domains: [],
  today: '2026-12-04',
  rules: {},
};

/** A control as scoring and evidence see it, whatever file it came from. */
function meaning(files: typeof markdown) {
  const { entries, problems } = parseControls(files, iso27001);
  expect(problems).toEqual([]);
  return entries
    .map((e) => ({
      id: e.id,
      status: e.status,
      owner: e.owner,
      justification: e.justification,
      lastReviewed: e.lastReviewed,
      notes: e.notes,
      evidence: e.evidence.map((item) => {
        const c = classifyEvidence(item, e.source.file);
        return c.kind === 'path' ? c.path : c.kind === 'glob' ? c.pattern : c.written;
      }),
    }))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

describe('the healthtech SoA as Markdown, one file per theme', () => {
  it('states every control exactly as controls.csv does, evidence resolved to the same files', () => {
    expect(markdown.map((f) => f.path)).toEqual([
      'examples/healthtech/soa/organizational.md',
      'examples/healthtech/soa/people.md',
      'examples/healthtech/soa/physical.md',
      'examples/healthtech/soa/technological.md',
    ]);
    const fromCsv = meaning([csv]);
    expect(fromCsv).toHaveLength(93);
    expect(meaning(markdown)).toEqual(fromCsv);
  });

  it('scores the same as the CSV, declared and evidenced, and reports the file and line of each control', () => {
    const probe = workspaceProbe(workspace);
    const a = runGate({ settings, controls: [csv], probe });
    const b = runGate({ settings, controls: markdown, probe });
    expect(b.standards[0]!.percentage).toBe(89.1);
    expect(b.standards.map((s) => [s.percentage, s.domains.map((d) => d.percentage)])).toEqual(
      a.standards.map((s) => [s.percentage, s.domains.map((d) => d.percentage)]),
    );
    expect(b.evidence!.compliance).toEqual(a.evidence!.compliance);
    expect(b.passed).toBe(a.passed);
    const where = (id: string) => b.standards[0]!.controls.find((c) => c.id === id)!.entry!.source;
    expect(where('5.1')).toEqual({ file: 'examples/healthtech/soa/organizational.md', line: 10 });
    expect(where('6.3')).toEqual({ file: 'examples/healthtech/soa/people.md', line: 12 });
    const physical = readFileSync(join(root, 'examples/healthtech/soa/physical.md'), 'utf8').split('\n');
    expect(physical[where('7.12').line - 1]).toBe('### 7.12 Cabling security');
  });
});
