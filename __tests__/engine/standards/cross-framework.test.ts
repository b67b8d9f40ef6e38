import { describe, expect, it } from '@jest/globals';
import { hipaa } from '../../../src/engine/catalogs/hipaa.js';
import { iso27001 } from '../../../src/engine/catalogs/iso27001.js';
import { HIPAA_FROM_ISO27001 } from '../../../src/engine/crosswalks/hipaa-from-iso27001.js';
import { InputError } from '../../../src/engine/errors.js';
import { renderJson } from '../../../src/engine/render/render-json.js';
import { renderMarkdown } from '../../../src/engine/render/markdown/index.js';
import { csv, gate } from '../../helpers/gate.js';

/** All 93 Annex A controls implemented, with `changes` replacing some rows. */
function isoFile(changes: Record<string, string> = {}) {
  return csv(
    'id,status,justification',
    iso27001.controls.map((c) => changes[c.id] ?? `A.${c.id},implemented,`),
  );
}

describe('HIPAA from ISO 27001 crosswalk (data)', () => {
  it('maps every one of the 68 HIPAA entries exactly once', () => {
    const targets = HIPAA_FROM_ISO27001.links.map((l) => l.target);
    expect(targets).toHaveLength(68);
    expect(new Set(targets)).toEqual(new Set(hipaa.controls.map((c) => c.id)));
  });

  it('names only existing Annex A controls, with a strength and a rationale', () => {
    const ids = new Set(iso27001.controls.map((c) => c.id));
    for (const link of HIPAA_FROM_ISO27001.links) {
      expect(link.controls.length).toBeGreaterThan(0);
      expect(link.controls.filter((id) => !ids.has(id))).toEqual([]);
      expect(['full', 'partial']).toContain(link.strength);
      expect(link.rationale.length).toBeGreaterThan(10);
    }
  });

  it('pins the strengths: 44 full, 24 partial', () => {
    const full = HIPAA_FROM_ISO27001.links.filter((l) => l.strength === 'full').length;
    expect([full, HIPAA_FROM_ISO27001.links.length - full]).toEqual([44, 24]);
  });
});

describe('derived HIPAA posture', () => {
  it('derives HIPAA from an ISO file and reports both side by side', () => {
    const report = gate(isoFile({ '8.24': 'A.8.24,partial,' }), { standards: ['iso27001', 'hipaa'] });
    const [iso, derived] = report.standards;
    expect(iso).toMatchObject({ standard: 'iso27001', percentage: 99.5 });
    expect(derived).toMatchObject({
      standard: 'hipaa',
      label: 'HIPAA (derived)',
      derivedFrom: 'ISO 27001',
      applicable: 53,
    });
    const encryption = derived!.controls.find((c) => c.id === '164.312(a)(2)(iv)')!;
    expect(encryption).toMatchObject({
      status: 'partial',
      points: 0.5,
      derived: { from: 'iso27001', strength: 'full', sources: [{ id: '8.24', status: 'partial' }] },
    });
    expect(encryption.entry).toBeUndefined();
  });

  it('caps a partial mapping at partial, so ISO evidence alone never reaches 100 %', () => {
    const derived = gate(isoFile(), { standards: ['hipaa'] }).standards[0]!;
    const partial = derived.controls.filter((c) => c.derived?.strength === 'partial');
    expect(partial.every((c) => c.status === 'partial')).toBe(true);
    expect(derived.counts).toMatchObject({ implemented: 34, partial: 19 });
    expect(derived.percentage).toBe(82.1);
  });

  it('takes the weakest mapped control, ignores excluded ones, and is never not applicable', () => {
    const derived = gate(
      isoFile({
        '8.16': 'A.8.16,not implemented,',
        '7.7': 'A.7.7,n/a,no offices',
      }),
      { standards: ['hipaa'] },
    ).standards[0]!;
    const byId = (id: string) => derived.controls.find((c) => c.id === id)!;
    expect(byId('164.312(b)').status).toBe('not-implemented');
    expect(byId('164.312(a)(2)(iii)').status).toBe('implemented');
    expect(derived.counts['not-applicable']).toBe(0);
  });

  it('selects derived requirements by an ISO domain through the mapping', () => {
    const report = gate(isoFile(), { standards: ['iso27001', 'hipaa'], domains: ['cryptography'] });
    expect(report.standards[0]!.controls.map((c) => c.id)).toEqual(['8.24']);
    expect(report.standards[1]!.controls.map((c) => c.id)).toEqual([
      '164.312(a)(2)(iv)',
      '164.312(c)(2)',
      '164.312(e)(2)(i)',
      '164.312(e)(2)(ii)',
    ]);
  });

  it('reads a HIPAA-numbered file directly, and cannot derive ISO 27001 from it', () => {
    const file = csv('id,status', ['164.312(b),implemented', '164.312(d),partial']);
    const direct = gate(file, { standards: ['hipaa'] }).standards[0]!;
    expect(direct.derivedFrom).toBeUndefined();
    expect(direct.counts).toMatchObject({ implemented: 1, partial: 1, 'not-assessed': 51 });
    expect(() => gate(file, { standards: ['iso27001', 'hipaa'] })).toThrow(
      new InputError(
        'ISO/IEC 27001:2022 Annex A cannot be evaluated from a controls file numbered by HIPAA Security Rule (45 CFR 164.308-164.316): no crosswalk leads from HIPAA to ISO 27001. Give a controls file numbered by ISO 27001 ids (e.g. 5.1).',
      ),
    );
  });

  it('labels derived results in Markdown and JSON', () => {
    const report = gate(isoFile({ '5.20': 'A.5.20,planned,' }), { standards: ['iso27001', 'hipaa'] });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### Compliance: HIPAA (derived)');
    expect(markdown).toContain(
      'HIPAA (derived) is derived from the ISO 27001 controls file through the crosswalk (34 requirements mapped in full, 19 in part; a partial mapping scores at most partial). It estimates posture; it is not evidence of HIPAA compliance by itself.',
    );
    expect(markdown).toContain(
      '| 164.308(b)(3) | Written Contract or Other Arrangement | Planned: derived (partial mapping) from ISO 27001 5.20 planned |',
    );
    const json = JSON.parse(renderJson(report)) as { standards: Record<string, unknown>[] };
    expect(json.standards.map((s) => [s.standard, s.derived, s.derivedFrom])).toEqual([
      ['iso27001', false, null],
      ['hipaa', true, 'ISO 27001'],
    ]);
    const controls = json.standards[1]!.controls as Record<string, unknown>[];
    expect(controls.find((c) => c.id === '164.308(b)(3)')!.derived).toEqual({
      from: 'iso27001',
      strength: 'partial',
      sources: [{ id: '5.20', status: 'planned' }],
      evidence: false,
    });
  });
});
