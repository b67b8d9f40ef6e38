import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { loadCatalogs } from '../../../src/engine/catalogs/custom/load-catalog.js';
import { InputError } from '../../../src/engine/errors.js';
import { runGate } from '../../../src/engine/pipeline.js';
import { csv, file, settings } from '../../helpers/gate.js';

const fixture = (name: string) => file(name, readFileSync(`__tests__/fixtures/catalogs/${name}`, 'utf8'));

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError)
      return error.problems.map((p) => `${p.file}:${p.line ?? '-'}: ${p.message}`);
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('custom YAML catalog', () => {
  it('reads ids, titles and groups', () => {
    const [catalog] = loadCatalogs([fixture('acme-baseline.yaml')]);
    expect(catalog).toMatchObject({
      id: 'acme-baseline',
      name: 'ACME Security Baseline v2',
      label: 'ACME',
      groupKind: 'group',
    });
    expect(catalog!.controls.map((c) => [c.id, c.group])).toEqual([
      ['IAM-1', 'identity'],
      ['IAM-2', 'identity'],
      ['DATA-1', 'data'],
    ]);
    expect(catalog!.normalizeId(' iam-2 ')).toBe('IAM-2');
  });

  it('works like a built-in one: scored per group, filtered by group, the standard by default', () => {
    const report = runGate({
      settings: settings({ standards: [] }),
      controls: [csv('id,status', ['IAM-1,implemented', 'iam-2,partial'])],
      catalogs: [fixture('acme-baseline.yaml')],
    });
    const [result] = report.standards;
    expect(result).toMatchObject({ standard: 'acme-baseline', label: 'ACME', percentage: 50 });
    expect(result!.domains.map((d) => [d.domain, d.percentage])).toEqual([
      ['identity', 75],
      ['data', 0],
    ]);
    expect(result!.gaps.map((g) => [g.id, g.status])).toEqual([
      ['IAM-2', 'partial'],
      ['DATA-1', 'not-assessed'],
    ]);
    const filtered = runGate({
      settings: settings({ standards: ['acme-baseline'], domains: ['data'] }),
      controls: [csv('id,status', ['IAM-1,implemented'])],
      catalogs: [fixture('acme-baseline.yaml')],
    });
    expect(filtered.standards[0]!.controls.map((c) => c.id)).toEqual(['DATA-1']);
  });

  it('reports every problem with file and line', () => {
    expect(problems(() => loadCatalogs([fixture('broken-catalog.yaml')]))).toEqual([
      'broken-catalog.yaml:1: catalog id "iso27001" is a built-in standard; choose another id',
      'broken-catalog.yaml:9: duplicate control id "iam-1": already at line 6',
      'broken-catalog.yaml:14: unknown key "owner" in a control; allowed keys: id, title, group, required',
      'broken-catalog.yaml:12: control "IAM-3" has no "title"',
      'broken-catalog.yaml:13: control "IAM-3" is in group "idenity", which the catalog does not declare; groups: identity',
    ]);
  });

  it('reports a YAML syntax error with its line and column', () => {
    expect(problems(() => loadCatalogs([file('x.yaml', 'id: x\ngroups: [\n')]))[0]).toMatch(
      /^x\.yaml:3: YAML\/JSON syntax error/,
    );
  });
});

describe('OSCAL catalog', () => {
  it('turns controls and enhancements into the catalog and groups into domains, leaving withdrawn ones out', () => {
    const [catalog] = loadCatalogs([fixture('mini-800-53.json')]);
    expect(catalog).toMatchObject({
      id: 'mini-800-53',
      name: 'Mini SP 800-53 for tests',
      groupKind: 'group',
    });
    expect(catalog!.groups).toEqual([
      { id: 'ac', name: 'Access Control' },
      { id: 'sc', name: 'System and Communications Protection' },
    ]);
    expect(catalog!.controls.map((c) => [c.id, c.group, c.parent ?? null])).toEqual([
      ['AC-1', 'ac', null],
      ['AC-2', 'ac', null],
      ['AC-2(1)', 'ac', 'AC-2'],
      ['SC-13', 'sc', null],
    ]);
    expect(['ac-2.1', 'AC-2(1)', 'ac-02(01)', 'AC-2 (1)'].map((id) => catalog!.normalizeId(id))).toEqual([
      'AC-2(1)',
      'AC-2(1)',
      'AC-2(1)',
      'AC-2(1)',
    ]);
    expect(catalog!.normalizeId('AC-2(10)')).toBeUndefined();
  });

  it('scores a controls file against it, per group', () => {
    const report = runGate({
      settings: settings({ standards: ['mini-800-53'] }),
      controls: [
        csv('id,status', ['ac-1,implemented', 'AC-2,implemented', 'ac-2.1,partial', 'SC-13,planned']),
      ],
      catalogs: [fixture('mini-800-53.json')],
    });
    expect(report.standards[0]!.domains.map((d) => [d.domain, d.percentage])).toEqual([
      ['ac', 83.3],
      ['sc', 0],
    ]);
  });

  it('rejects a JSON catalog missing ids, by JSON path', () => {
    const bad = JSON.stringify({ catalog: { groups: [{ id: 'ac', controls: [{ title: 'x' }] }] } });
    expect(problems(() => loadCatalogs([file('bad.json', bad)]))).toEqual([
      'bad.json:-: catalog.groups[0].controls[0]: a control has no "id"',
    ]);
  });
});
