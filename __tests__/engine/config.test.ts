import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/engine/config/parse-config.js';
import { planScopes } from '../../src/engine/config/plan-scopes.js';
import { InputError, type Problem } from '../../src/engine/errors.js';

const source = (text: string, path = 'isms/.isms.yml') => ({ path, bytes: new TextEncoder().encode(text) });

function problemsOf(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('.isms.yml', () => {
  it('carries the risk, catalog and grouping settings the flags and inputs have', () => {
    const config = parseConfig(
      source(
        [
          'controls: controls.csv',
          'catalogs: [frameworks/nist.json]',
          'group-by: control-type',
          'treatment-days: { critical: 3, high: 14 }',
          'risk-appetite: 9.5',
          'allow-accept-critical: true',
          'acceptance-notice-days: 45',
        ].join('\n'),
      ),
    );
    const [spec] = planScopes(config, { today: '2026-12-04', settings: { riskAppetite: 6 } });
    expect(spec!.files.catalogs).toEqual(['isms/frameworks/nist.json']);
    expect(spec!.settings).toMatchObject({
      groupBy: 'control-type',
      treatmentDays: { critical: 3, high: 14 },
      riskAppetite: 6,
      allowAcceptCritical: true,
      acceptanceNoticeDays: 45,
    });
  });

  it('says what is wrong with a risk setting the way the flag would', () => {
    const problems = problemsOf(() =>
      parseConfig(
        source(
          'controls: c.csv\nrisk-appetite: 30\ntreatment-days: { urgent: 3 }\nallow-accept-critical: yes please\n',
        ),
      ),
    );
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'risk-appetite "30" is not a risk score from 1 to 25'],
      [
        3,
        'treatment-days entry "urgent=3" is not level=days with level one of critical, high, medium (e.g. critical=7,high=30,medium=90)',
      ],
      [4, 'allow-accept-critical "yes please" is not true or false'],
    ]);
  });

  it('reads every setting, with config paths resolved from the config folder', () => {
    const config = parseConfig(
      source(
        [
          'controls: soa/*.md',
          'risks: registers/risks.csv',
          'incidents: registers/incidents.csv',
          'standards: [iso27001, iso27002]',
          'threshold: 85%',
          'domains: technological, people',
          'rules:',
          '  evidence-stale: error',
          'evidence-max-age: 180d',
          'incident-response: { critical: 15m, high: 1h }',
          'holidays: [2026-12-25]',
          'training-target: 95',
          'documents:',
          '  scope: docs/scope.md',
          '  policy: { path: policies/infosec.md, review-period: 1 year, approval: required }',
        ].join('\n'),
      ),
    );
    const [spec] = planScopes(config, { today: '2026-12-04' });
    expect(spec).toEqual({
      settings: {
        standards: ['iso27001', 'iso27002'],
        threshold: 85,
        domains: ['technological', 'people'],
        today: '2026-12-04',
        rules: { 'evidence-stale': 'error' },
        evidenceMaxAge: 180,
        incidentResponse: { critical: 900, high: 3600 },
        holidays: ['2026-12-25'],
        trainingTarget: 95,
      },
      files: {
        controls: ['isms/soa/*.md'],
        risks: 'isms/registers/risks.csv',
        incidents: 'isms/registers/incidents.csv',
        auditFindings: undefined,
        catalogs: [],
        training: undefined,
      },
      documents: [
        {
          key: 'scope',
          path: 'isms/docs/scope.md',
          written: 'docs/scope.md',
          source: { file: 'isms/.isms.yml', line: 14 },
        },
        {
          key: 'policy',
          path: 'isms/policies/infosec.md',
          written: 'policies/infosec.md',
          reviewPeriod: { amount: 1, unit: 'years' },
          approval: true,
          source: { file: 'isms/.isms.yml', line: 15 },
        },
      ],
    });
  });

  it('reports every mistake at once with its line, listing what is valid', () => {
    const problems = problemsOf(() =>
      parseConfig(
        source(
          [
            'controls: controls.csv',
            'treshold: 80',
            'threshold: lots',
            'rules:',
            '  evidence-missed: error',
            '  evidence-stale: fatal',
            'incident-response:',
            '  urgent: 1h',
            '  high: soon',
            'documents:',
            '  scop: docs/scope.md',
          ].join('\n'),
        ),
      ),
    );
    expect(
      problems.map((p) => [
        p.line,
        p.message.replace(/; valid (keys|rules|documents): .*/, '; valid $1: ...'),
      ]),
    ).toEqual([
      [2, 'unknown key "treshold" in the config; valid keys: ...'],
      [3, 'threshold "lots" is not a number from 0 to 100'],
      [5, 'unknown rule "evidence-missed" under rules; valid rules: ...'],
      [6, 'rule evidence-stale has severity "fatal"; use error, warning or off'],
      [8, 'unknown severity "urgent" under incident-response; valid: critical, high, medium, low'],
      [9, 'incident-response high "soon" is not a duration (e.g. 0h, 15m, 1h, 24h, 2d)'],
      [11, 'unknown document "scop" under documents; valid documents: ...'],
    ]);
    expect(problems[0]!.message).toContain(
      'valid keys: controls, risks, incidents, audit-findings, training, standards',
    );
  });

  it('reports YAML syntax errors with line and column', () => {
    expect(problemsOf(() => parseConfig(source('controls: [a.csv\nrisks: r.csv\n')))[0]).toMatchObject({
      file: 'isms/.isms.yml',
      line: 2,
    });
  });

  it('refuses config paths that leave the workspace', () => {
    const config = parseConfig(source('controls: ../../controls.csv\n'));
    expect(problemsOf(() => planScopes(config, { today: '2026-12-04' }))).toEqual([
      {
        file: 'isms/.isms.yml',
        message: 'controls: "../../controls.csv" leaves the workspace (it resolves to "../controls.csv")',
      },
    ]);
  });
});

describe('scopes', () => {
  const config = parseConfig(
    source(
      [
        'threshold: 80',
        'risks: risks.csv',
        'rules: { evidence-stale: error }',
        'scope: platform',
        'scopes:',
        '  platform:',
        '    controls: platform/controls.csv',
        '  devices:',
        '    controls: devices/soa/*.md',
        '    threshold: 70',
        '    domains: [technological]',
        '    rules: { evidence-missing: warning }',
      ].join('\n'),
    ),
  );

  it('runs the config scope by default, any scope by name, every scope when none is set', () => {
    expect(planScopes(config, { today: '2026-12-04' }).map((s) => s.name)).toEqual(['platform']);
    const [devices] = planScopes(config, { today: '2026-12-04', scope: 'devices' });
    expect(devices).toMatchObject({
      name: 'devices',
      settings: {
        threshold: 70,
        domains: ['technological'],
        rules: { 'evidence-stale': 'error', 'evidence-missing': 'warning' },
      },
      files: { controls: ['isms/devices/soa/*.md'], risks: 'isms/risks.csv' },
    });
    const { scope: _, ...all } = config;
    expect(planScopes(all, { today: '2026-12-04' }).map((s) => [s.name, s.settings.threshold])).toEqual([
      ['platform', 80],
      ['devices', 70],
    ]);
  });

  it('lets flags override every scope, and refuses file flags for several scopes at once', () => {
    const { scope: _, ...all } = config;
    expect(planScopes(all, { today: '2026-12-04', threshold: 90 }).map((s) => s.settings.threshold)).toEqual([
      90, 90,
    ]);
    expect(problemsOf(() => planScopes(all, { today: '2026-12-04', risks: 'r.csv' }))[0]!.message).toBe(
      '--risks cannot apply to 2 scopes at once; choose one with --scope (platform, devices)',
    );
    expect(planScopes(config, { today: '2026-12-04', controls: ['other.csv'] })[0]!.files.controls).toEqual([
      'other.csv',
    ]);
  });

  it('names the defined scopes when an unknown one is asked for', () => {
    expect(problemsOf(() => planScopes(config, { today: '2026-12-04', scope: 'lab' }))[0]!.message).toBe(
      'scope "lab" is not defined in isms/.isms.yml; defined scopes: platform, devices',
    );
    expect(
      problemsOf(() => parseConfig(source('scope: lab\nscopes:\n  a: { controls: a.csv }\n')))[0],
    ).toEqual({
      file: 'isms/.isms.yml',
      line: 1,
      message: 'scope "lab" is not defined under scopes; defined: a',
    });
    expect(problemsOf(() => parseConfig(source('controls: c.csv\nscope: lab\n')))[0]!.message).toBe(
      'scope "lab" is set but the config defines no scopes; add a scopes: map or remove scope:',
    );
  });
});
