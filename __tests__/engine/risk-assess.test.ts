import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { iso27001 } from '../../src/engine/catalogs/iso27001.js';
import { InputError } from '../../src/engine/errors.js';
import { generateAssessment } from '../../src/engine/generate/generate.js';
import { parseAssets } from '../../src/engine/generate/parse-assets.js';
import {
  ASSESSMENT_FORMATS,
  formatFromPath,
  renderAssessment,
} from '../../src/engine/generate/render-assessment.js';
import { TEMPLATES } from '../../src/engine/generate/templates/index.js';
import { runGate } from '../../src/engine/pipeline.js';
import { settings, source } from './helpers.js';

const TODAY = { today: '2026-12-04' };
const EXTENSION = { json: 'json', csv: 'csv', markdown: 'md', yaml: 'yaml' } as const;
const fixture = (name: string) => ({
  path: `__tests__/fixtures/${name}`,
  bytes: readFileSync(`__tests__/fixtures/${name}`),
});

describe("the seed's worked example", () => {
  const assessment = generateAssessment({
    scope: 'patient-data-system',
    template: 'healthcare',
    settings: TODAY,
  });
  const markdown = renderAssessment(assessment, 'markdown');

  it('lists the seed asset inventory first', () => {
    expect(markdown).toContain(
      [
        '| Asset ID | Asset | Type | Owner | Classification | Impact |',
        '| --- | --- | --- | --- | --- | ---: |',
        '| A001 | Patient database | Information | DBA Team | Confidential | 5 |',
        '| A002 | EHR application | Software | App Team | Critical | 5 |',
        '| A003 | Database server | Hardware | Infra Team | High | 4 |',
        '| A004 | Admin credentials | Access | Security | Critical | 5 |',
      ].join('\n'),
    );
  });

  it('scores R001-R003 as the seed does: 15 High, 16 High, 20 Critical', () => {
    expect(
      assessment.risks
        .slice(0, 3)
        .map((r) => [r.id, r.asset, r.threat, r.vulnerability, r.likelihood, r.impact, r.score, r.level]),
    ).toEqual([
      ['R001', 'A001', 'Data breach', 'Weak encryption', 3, 5, 15, 'high'],
      ['R002', 'A002', 'SQL injection', 'Input validation', 4, 4, 16, 'high'],
      ['R003', 'A004', 'Credential theft', 'No MFA', 4, 5, 20, 'critical'],
    ]);
    expect(markdown).toContain(
      '| R001 | A001 | Data breach | Weak encryption | 3 | 5 | 15 | 🟠 High | Mitigate | Implement AES-256 encryption | 8.24, 5.34, 8.10 | DBA Team | 30 days | 2026-12-04 | 2027-01-03 | Open |',
    );
  });

  it("produces the seed's treatment table", () => {
    expect(markdown).toContain(
      [
        '| Risk | Treatment | Control | Timeline |',
        '| --- | --- | --- | --- |',
        '| R001 | Mitigate | Implement AES-256 encryption | 30 days |',
        '| R002 | Mitigate | Add input validation, WAF | 14 days |',
        '| R003 | Mitigate | Enforce MFA for all admins | 7 days |',
      ].join('\n'),
    );
  });
});

describe('threat catalogs', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: every threat is complete and its controls are Annex A ids',
    (_, template) => {
      for (const threat of template.threats) {
        expect(threat.appliesTo.length).toBeGreaterThan(0);
        expect(threat.vulnerabilities.length).toBeGreaterThan(0);
        expect(threat.likelihood >= 1 && threat.likelihood <= 5).toBe(true);
        expect(threat.controls.filter((id) => iso27001.normalizeId(id) !== id)).toEqual([]);
      }
    },
  );

  it('includes the healthcare threats the methodology names', () => {
    const names = TEMPLATES.find((t) => t.id === 'healthcare')!.threats.map((t) => t.name);
    for (const name of [
      'Credential theft',
      'Ransomware',
      'PHI breach by unauthorised disclosure',
      'Medical device tampering',
      'Vendor breach',
    ]) {
      expect(names).toContain(name);
    }
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: applies every applicable threat to every asset, in a stable order',
    (id, template) => {
      const assessment = generateAssessment({ scope: 's', template: id, settings: TODAY });
      const expected = template.threats.reduce(
        (sum, threat) => sum + template.assets.filter((a) => threat.appliesTo.includes(a.type)).length,
        0,
      );
      expect(assessment.risks).toHaveLength(expected);
      expect(new Set(assessment.risks.map((r) => `${r.asset}/${r.threat}`)).size).toBe(expected);
      expect(assessment.risks.map((r) => r.id)).toEqual(
        assessment.risks.map((_, i) => `R${String(i + 1).padStart(3, '0')}`),
      );
      // Every asset of the template meets at least one threat.
      expect(template.assets.filter((a) => !assessment.risks.some((r) => r.asset === a.id))).toEqual([]);
    },
  );

  it('recommends treatment per level: mitigate with a deadline above Low, the owner decides below', () => {
    const risks = generateAssessment({ scope: 's', template: 'healthcare', settings: TODAY }).risks;
    const low = risks.find((r) => r.level === 'low')!;
    expect([low.treatment, low.due, low.recommendation]).toEqual([
      undefined,
      undefined,
      'Accept or monitor: the risk owner records acceptance or a monitoring plan',
    ]);
    const medium = risks.find((r) => r.level === 'medium')!;
    expect([medium.treatment, medium.timeline, medium.due]).toEqual(['mitigate', '90 days', '2027-03-04']);
  });
});

describe('round trip through check --risks', () => {
  const controls = source('controls.csv', 'control_id,status\n5.1,implemented\n');
  const cases = TEMPLATES.flatMap((t) => ASSESSMENT_FORMATS.map((f) => [t.id, f] as const));

  it.each(cases)('%s as %s is read back unchanged', (template, format) => {
    const assessment = generateAssessment({ scope: 'ehr', template, settings: TODAY });
    const text = renderAssessment(assessment, format);
    const report = runGate({
      settings: settings(),
      controls: [controls],
      risks: source(`register.${EXTENSION[format]}`, text),
    });
    const byId = new Map(report.riskReview!.items.map((item) => [item.risk.id, item.risk]));
    expect(byId.size).toBe(assessment.risks.length);
    for (const proposed of assessment.risks) {
      const read = byId.get(proposed.id)!;
      expect([
        read.asset,
        read.threat,
        read.vulnerability,
        read.likelihood,
        read.impact,
        read.score,
        read.level,
      ]).toEqual([
        proposed.asset,
        proposed.threat,
        proposed.vulnerability,
        proposed.likelihood,
        proposed.impact,
        proposed.score,
        proposed.level,
      ]);
      expect([read.treatment, read.treatmentPlan, read.owner, read.due, read.identified, read.state]).toEqual(
        [
          proposed.treatment,
          proposed.treatmentPlan,
          proposed.owner,
          proposed.due,
          proposed.identified,
          'open',
        ],
      );
      expect(read.controls).toEqual(proposed.controls);
    }
    // A fresh register has plans and deadlines ahead: no treatment rule fails on the day it is made.
    expect(report.failures.filter((f) => f.rule !== 'compliance-threshold')).toEqual([]);
  });

  it('is byte-for-byte deterministic', () => {
    for (const format of ASSESSMENT_FORMATS) {
      const a = renderAssessment(
        generateAssessment({ scope: 'x', template: 'cloud', settings: TODAY }),
        format,
      );
      const b = renderAssessment(
        generateAssessment({ scope: 'x', template: 'cloud', settings: TODAY }),
        format,
      );
      expect(a).toBe(b);
    }
  });
});

describe('asset inventory', () => {
  it('reads tolerant headers, a semicolon CSV, classification words and value overrides', () => {
    const assets = parseAssets(fixture('assets.csv'));
    expect(assets.map((a) => [a.id, a.type, a.classification, a.impact, a.location ?? null])).toEqual([
      ['A001', 'information', 'Confidential', 5, 'eu-west-1'],
      ['A002', 'software', 'critical', 4, 'eu-west-1'],
      ['A003', 'hardware', 'Internal', 2, 'Hospital A'],
      ['A004', 'access', 'Restricted', 5, null],
    ]);
  });

  it('reports every bad row with file and line', () => {
    let problems: string[] = [];
    try {
      parseAssets(fixture('assets-broken.csv'));
    } catch (error) {
      problems = (error as InputError).problems.map(
        (p) => `${p.file}:${p.line}: ${p.message.split('; accepted: ')[0]}`,
      );
    }
    expect(problems).toEqual([
      '__tests__/fixtures/assets-broken.csv:2: unknown classification "Secret" for A001',
      '__tests__/fixtures/assets-broken.csv:3: unknown asset type "Spaceship" for A002',
      '__tests__/fixtures/assets-broken.csv:4: asset A003 has no owner; every asset needs one',
    ]);
  });

  it('guards CSV output against formula injection from asset fields', () => {
    const assessment = generateAssessment({
      scope: 's',
      template: 'general',
      assets: fixture('assets.csv'),
      settings: TODAY,
    });
    const csv = renderAssessment(assessment, 'csv');
    expect(csv).toContain(',"\'@Security",');
    expect(csv).toContain('"Malware and ransomware: Ward tablets; shared"');
    expect(csv).not.toMatch(/,@Security/);
  });

  it('rejects an unknown template, listing the valid ones', () => {
    expect(() => generateAssessment({ scope: 's', template: 'space', settings: TODAY })).toThrow(
      'unknown template "space"; valid templates: general, healthcare, cloud',
    );
  });

  it('infers the format from the output extension', () => {
    expect(['r.json', 'r.CSV', 'r.md', 'r.yml', 'r.txt'].map(formatFromPath)).toEqual([
      'json',
      'csv',
      'markdown',
      'yaml',
      undefined,
    ]);
  });
});
