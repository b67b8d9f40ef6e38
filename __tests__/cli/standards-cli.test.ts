import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { cli, workspaceWith } from '../support/cli.js';

const EXAMPLE = readFileSync('examples/healthtech/controls.csv', 'utf8');

/** The example ISMS without its config, so the seed's flags alone steer the run (evidence files included). */
function exampleWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isms-gate-seed-'));
  cpSync('examples/healthtech', dir, { recursive: true });
  rmSync(join(dir, '.isms.yml'));
  return dir;
}
const HIPAA = 'id,status,justification,alternative\n164.312(a)(2)(iv),implemented,,\n164.312 (b),partial,,\n';

describe("the seed's command lines", () => {
  it('compliance --standard iso27001 --controls-file controls.csv', async () => {
    const run = await cli(
      ['compliance', '--standard', 'iso27001', '--controls-file', 'controls.csv'],
      exampleWorkspace(),
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(
      /^## ✅ isms-gate passed: ISO 27001 \d+\.\d% \(evidenced \d+\.\d%\) \(threshold 80%\)$/,
    );
    expect(run.stdout).not.toContain('### Gaps');
  });

  it('compliance --standard iso27001 --gap-analysis --output gaps.md, reading the conventional controls.csv', async () => {
    const run = await cli(
      ['compliance', '--standard', 'iso27001', '--gap-analysis', '--output', 'gaps.md'],
      exampleWorkspace(),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'isms-gate: no --controls given; reading controls.csv from the working directory\n',
    );
    expect(run.stdout).toBe('passed: report written to gaps.md\n');
    expect(run.written.get('gaps.md')).toContain('### Gaps: ISO 27001');
  });

  it('compliance --standard iso27001 with no controls file anywhere is a clear error, exit 2', async () => {
    const run = await cli(['compliance', '--standard', 'iso27001'], workspaceWith({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^isms-gate compliance: invalid input\n {2}no controls file given, and none of controls\.csv, controls\.yaml, controls\.yml, controls\.json is in .+: name one with --controls FILE \(or --controls-file FILE\)\n$/,
    );
  });

  it('compliance --standard iso27001 --domains "access-control,cryptography"', async () => {
    const run = await cli(
      [
        'compliance',
        '--standard',
        'iso27001',
        '--controls-file',
        'controls.csv',
        '--domains',
        'access-control,cryptography',
        '--format',
        'json',
      ],
      exampleWorkspace(),
    );
    const report = JSON.parse(run.stdout) as { standards: { controls: { id: string }[] }[] };
    expect(report.standards[0]!.controls.map((c) => c.id)).toEqual([
      '5.3',
      '5.15',
      '5.16',
      '5.17',
      '5.18',
      '8.2',
      '8.3',
      '8.4',
      '8.5',
      '8.18',
      '8.24',
    ]);
  });

  it('compliance --standard iso27002 --gap-analysis --output control_gaps.md --group-by operational-capabilities', async () => {
    const run = await cli(
      [
        'compliance',
        '--standard',
        'iso27002',
        '--gap-analysis',
        '--output',
        'control_gaps.md',
        '--group-by',
        'operational_capabilities',
      ],
      exampleWorkspace(),
    );
    expect(run.code).toBe(0);
    const report = run.written.get('control_gaps.md')!;
    expect(report).toContain('### ISO 27002 by operational capabilities');
    expect(report).toMatch(/\| identity-and-access-management \| 11 \| \*\*\d+\.\d%\*\* \|/);
  });

  it('--controls-file implemented_controls.csv with no --standard checks ISO 27001', async () => {
    const run = await cli(
      ['compliance', '--controls-file', 'implemented_controls.csv', '--format', 'json'],
      workspaceWith({ 'implemented_controls.csv': EXAMPLE }),
    );
    expect(
      (JSON.parse(run.stdout) as { standards: { standard: string }[] }).standards.map((s) => s.standard),
    ).toEqual(['iso27001']);
  });

  it('compliance --standard hipaa on a HIPAA-numbered file, and iso27001,hipaa side by side on an ISO one', async () => {
    const dir = workspaceWith({ 'hipaa.csv': HIPAA, 'controls.csv': EXAMPLE });
    const direct = await cli(
      ['compliance', '--standard', 'hipaa', '--controls-file', 'hipaa.csv', '--format', 'json'],
      dir,
    );
    expect(direct.code).toBe(1);
    const json = JSON.parse(direct.stdout) as {
      standards: { standard: string; derived: boolean; percentage: number }[];
    };
    expect(json.standards.map((s) => [s.standard, s.derived, s.percentage])).toEqual([['hipaa', false, 2.8]]);
    const both = await cli(['check', '--standard', 'iso27001,hipaa', '--controls', 'controls.csv'], dir);
    expect(both.stdout).toContain('### Compliance: ISO 27001');
    expect(both.stdout).toContain('### Compliance: HIPAA (derived)');
  });

  it('rejects an unknown --group-by, naming the valid attribute types', async () => {
    const run = await cli(
      ['check', '--controls', 'controls.csv', '--group-by', 'colour'],
      exampleWorkspace(),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'isms-gate check: invalid input\n  --group-by "colour" is not an ISO 27002 attribute type. Valid: control-type, security-property, cybersecurity-concept, operational-capability, security-domain (singular or plural, with - or _).\n',
    );
  });
});

describe('isms-gate catalog', () => {
  it('prints HIPAA as JSON with safeguard and required', async () => {
    const run = await cli(['catalog', '--standard', 'hipaa', '--format', 'json'], workspaceWith({}));
    const json = JSON.parse(run.stdout) as { controls: Record<string, unknown>[] };
    expect(json.controls).toHaveLength(68);
    expect(json.controls.find((c) => c.id === '164.312(a)(2)(iv)')).toEqual({
      id: '164.312(a)(2)(iv)',
      title: 'Encryption and Decryption',
      safeguard: 'technical',
      required: false,
      kind: 'specification',
      parent: '164.312(a)(1)',
    });
  });

  it('prints ISO 27001 as CSV with the theme, and as Markdown', async () => {
    const dir = workspaceWith({});
    const csvRun = await cli(['catalog', '--standard', 'iso27001', '--format', 'csv'], dir);
    const lines = csvRun.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'id,title,theme',
      '5.1,Policies for information security,organizational',
      '5.2,Information security roles and responsibilities,organizational',
    ]);
    expect(lines).toHaveLength(95);
    const md = await cli(['catalog', '--standard', 'iso27002'], dir);
    expect(md.stdout.split('\n').slice(0, 5)).toEqual([
      '## ISO/IEC 27002:2022 (93 entries)',
      '',
      '| Id | Title | Theme |',
      '| --- | --- | --- |',
      '| 5.1 | Policies for information security | Organizational |',
    ]);
  });

  it('prints an OSCAL catalog given with --catalog', async () => {
    const dir = workspaceWith({
      'mini-800-53.json': readFileSync('__tests__/fixtures/catalogs/mini-800-53.json', 'utf8'),
    });
    const run = await cli(['catalog', '--catalog', 'mini-800-53.json', '--format', 'csv'], dir);
    expect(run.stdout).toBe(
      'id,title,group,parent\nAC-1,Policy and Procedures,ac,\nAC-2,Account Management,ac,\nAC-2(1),Automated System Account Management,ac,AC-2\nSC-13,Cryptographic Protection,sc,\n',
    );
  });

  it('rejects an unknown standard, listing the valid ones', async () => {
    const run = await cli(['catalog', '--standard', 'pci'], workspaceWith({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'isms-gate catalog: invalid input\n  Unknown standard "pci". Valid standards: iso27001, iso27002, hipaa.\n',
    );
  });
});
