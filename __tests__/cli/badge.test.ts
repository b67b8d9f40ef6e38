import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runCli, workspaceWith } from '../support/cli.js';

const EXAMPLE = [
  '--controls',
  'examples/healthtech/controls.csv',
  '--risks',
  'examples/healthtech/risks.csv',
];

describe('isms-gate badge', () => {
  it('writes an SVG and a shields endpoint per standard and prints their paths', async () => {
    const run = await runCli([
      'badge',
      ...EXAMPLE,
      '--output',
      'out/badges',
      '--standard',
      'iso27001,iso27002',
    ]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      'out/badges/iso27001.svg\nout/badges/iso27001.json\nout/badges/iso27002.svg\nout/badges/iso27002.json\n',
    );
    const svg = run.written.get(join(process.cwd(), 'out/badges/iso27001.svg'))!;
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* aria-label="ISO 27001: 89\.1%">/,
    );
    expect(svg).toContain('<rect x="69" width="47" height="20" fill="#d8b800"/>');
    expect(JSON.parse(run.written.get(join(process.cwd(), 'out/badges/iso27001.json'))!)).toEqual({
      schemaVersion: 1,
      label: 'ISO 27001',
      message: '89.1%',
      color: 'yellow',
    });
  });

  it('colours by --thresholds', async () => {
    const run = await runCli(['badge', ...EXAMPLE, '--output', 'b', '--thresholds', '85,50']);
    expect(JSON.parse(run.written.get(join(process.cwd(), 'b/iso27001.json'))!).color).toBe('green');
  });

  it.each([
    [
      ['--output', 'b', '--thresholds', '50,85'],
      '  --thresholds "50,85" is not two percentages "green,yellow" with green >= yellow (e.g. 90,80)\n',
    ],
    [[], '  no --output DIR given: name the folder for the badges\n'],
    [['--output', '../outside'], expect.stringContaining('--output "../outside" is outside the workspace')],
  ])('exits 2 for %j', async (args, message) => {
    const run = await runCli(['badge', ...EXAMPLE, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').slice(1).join('\n')).toEqual(message);
    expect(run.written.size).toBe(0);
  });
});

describe('isms-gate check --format sarif', () => {
  it('writes SARIF with the invalid rows and still exits 2', async () => {
    const run = await runCli([
      'check',
      '--controls',
      '__tests__/fixtures/controls/errors.csv',
      '--format',
      'sarif',
      '--output',
      'scan.sarif',
    ]);
    expect(run.code).toBe(2);
    const log = JSON.parse(run.written.get(join(process.cwd(), 'scan.sarif'))!);
    const results = log.runs[0].results as { ruleId: string; locations: unknown[] }[];
    expect(results.length).toBe(run.stderr.split('\n').filter((l) => l.startsWith('  ')).length);
    expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(['invalid-row']));
  });

  it('writes SARIF for a valid run with the gate exit code', async () => {
    const run = await runCli(['check', ...EXAMPLE, '--format', 'sarif']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).version).toBe('2.1.0');
  });
});

describe('isms-gate badge with the scopes of .isms.yml', () => {
  it('writes one pair per scope and standard, named and labelled by scope', async () => {
    const root = workspaceWith({
      '.isms.yml': [
        'scopes:',
        '  eu-platform:',
        '    controls: eu.csv',
        '  us:',
        '    controls: us.csv',
      ].join('\n'),
      'eu.csv': 'id,status\n5.1,implemented\n',
      'us.csv': 'id,status\n5.1,partial\n',
    });
    const run = await runCli(['badge', '--output', 'b'], root);
    expect([run.code, run.stdout]).toEqual([
      0,
      'b/eu-platform-iso27001.svg\nb/eu-platform-iso27001.json\nb/us-iso27001.svg\nb/us-iso27001.json\n',
    ]);
    expect(JSON.parse(run.written.get(join(root, 'b/eu-platform-iso27001.json'))!)).toEqual({
      schemaVersion: 1,
      label: 'ISO 27001 (eu-platform)',
      message: '1.1%',
      color: 'red',
    });
  });
});
