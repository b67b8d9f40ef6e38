import { describe, expect, it } from '@jest/globals';
import { runCli, workspaceWith } from '../support/cli.js';

const healthtech = new URL('../../examples/healthtech/', import.meta.url).pathname;

describe('isms-gate soa', () => {
  it('lists all 93 Annex A controls in every format', async () => {
    const md = await runCli(['soa', '--controls', 'controls.csv', '--risks', 'risks.csv'], healthtech);
    expect(md.code).toBe(0);
    expect(md.stdout.match(/^\| \d+\.\d+ \|/gm)).toHaveLength(93);
    expect(md.stdout).toContain('## Clause 6.1.3 d) checks: ✅ passed');
    const csv = await runCli(['soa', '--controls', 'controls.csv', '--format', 'csv'], healthtech);
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(94);
    const json = JSON.parse(
      (await runCli(['soa', '--controls', 'controls.csv', '--format', 'json'], healthtech)).stdout,
    );
    expect(json.controls).toHaveLength(93);
    expect(json.controls.filter((c: { applicable: boolean }) => c.applicable === false)).toHaveLength(6);
  });

  it('states exclusions with their justification and the risks each control treats', async () => {
    const csv = (
      await runCli(
        ['soa', '--controls', 'controls.csv', '--risks', 'risks.csv', '--format', 'csv'],
        healthtech,
      )
    ).stdout;
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('control,title,theme,applicable,status,justification,owner,evidence,risks,source');
    expect(rows.find((r) => r.startsWith('7.12,'))).toBe(
      '7.12,Cabling security,Physical,No,Not applicable,"No company-operated cabling; hosted in AWS",,,,controls.csv:58',
    );
    expect(rows.find((r) => r.startsWith('8.24,'))).toMatch(/,Treats R001, R018,|"Treats R001, R018"/);
  });

  it('fails clause 6.1.3 d) for missing, undecided and relied-on excluded controls, and writes the file', async () => {
    const root = workspaceWith({
      'c.csv': 'id,status,justification\n5.1,implemented,\n5.2,TBD,\n8.24,n/a,no crypto here\n',
      'r.csv': 'id,likelihood,impact,treatment,owner,controls\nR1,4,5,mitigate,CISO,8.24\n',
    });
    const { code, stdout, written } = await runCli(
      ['soa', '--controls', 'c.csv', '--risks', 'r.csv', '--output', 'out/soa.md'],
      root,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('failed: Statement of Applicability (93 controls) written to out/soa.md\n');
    const text = [...written.values()][0]!;
    expect(text).toContain('## Clause 6.1.3 d) checks: ❌ failed');
    expect(text).toContain('- ❌ 3 of 93 controls present; 90 missing (5.3, 5.4,');
    expect(text).toContain('; 1 not decided (5.2).');
    expect(text).toContain('- ✅ Every exclusion is justified.');
    expect(text).toContain('- ❌ Excluded but relied on by risks: 8.24 (R1).');
  });

  it('turns a formula in a user file into text in the CSV', async () => {
    const root = workspaceWith({
      'c.csv': 'id,status,owner\n5.1,implemented,"=HYPERLINK(""http://evil"")"\n',
    });
    const csv = (await runCli(['soa', '--controls', 'c.csv', '--format', 'csv'], root)).stdout;
    expect(csv.split('\r\n')[1]).toBe(
      `5.1,Policies for information security,Organizational,Yes,Implemented,,"'=HYPERLINK(""http://evil"")",,,c.csv:2`,
    );
  });

  it('is a gate rule too: an excluded control a risk relies on fails check', async () => {
    const root = workspaceWith({
      'c.csv': 'id,status,justification\n8.24,n/a,no crypto here\n',
      'r.csv': 'id,likelihood,impact,controls\nR1,1,1,8.24\n',
    });
    const { code, stdout } = await runCli(
      ['check', '--controls', 'c.csv', '--risks', 'r.csv', '--threshold', '0'],
      root,
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      '- **soa-exclusion-relied-on**: control 8.24 is marked not applicable, but risk R1 relies on it; include it or relink the risk (`c.csv:2`)',
    );
  });
});
