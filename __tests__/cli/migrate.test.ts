import { describe, expect, it } from '@jest/globals';
import { csvField } from '../../src/engine/render/csv.js';
import { cli, workspaceWith } from '../support/cli.js';

const OLD = [
  'Control ID,Title,Status,Owner,Evidence,Notes',
  'A.9.4.2,Secure log-on procedures,implemented,IAM Lead,docs/sso.md,',
  'A.12.4.1,Event logging,implemented,SecOps,siem/rules,"Shipped to SIEM, 90 days"',
  'A.12.4.2,Protection of log information,partial,SecOps,,"=HYPERLINK(""http://x"")"',
  'A.12.4.3,Administrator and operator logs,implemented,Platform,,',
  'A.18.2.3,Technical compliance review,planned,GRC,,@quarterly',
  '',
].join('\n');

describe('isms-gate migrate', () => {
  it('rewrites a 2013 file to 2022 ids, byte for byte', async () => {
    const dir = workspaceWith({ 'old.csv': OLD });
    const run = await cli(['migrate', '--controls', 'old.csv', '--output', 'new.csv'], dir);
    expect(run.code).toBe(0);
    expect(run.written.get('new.csv')).toBe(
      [
        'Control ID,Title,Status,Owner,Evidence,Notes,migrated_from',
        '5.36,"Compliance with policies, rules and standards for information security",planned,GRC,,"\'@quarterly",A.18.2.3',
        '8.5,Secure authentication,implemented,IAM Lead,docs/sso.md,,A.9.4.2',
        '8.8,Management of technical vulnerabilities,planned,GRC,,"\'@quarterly",A.18.2.3',
        '8.15,Logging,partial,"SecOps; Platform",siem/rules,"Shipped to SIEM, 90 days; =HYPERLINK(""http://x"")","A.12.4.1; A.12.4.2; A.12.4.3"',
        '',
      ].join('\n'),
    );
  });

  it('lists what a person must decide', async () => {
    const dir = workspaceWith({ 'old.csv': OLD });
    const run = await cli(['migrate', '--controls', 'old.csv', '--output', 'new.csv'], dir);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Wrote new.csv. 5 rows numbered by ISO 27001:2013 became 4 rows numbered by 2022.',
      'To decide (13):',
      '  - 8.15 Logging: merged from A.12.4.1 (line 3), A.12.4.2 (line 4), A.12.4.3 (line 5); statuses differ, the weakest (partial) was kept; values joined in Owner, Notes. Confirm the row.',
      '  - A.18.2.3 (line 6) is split in 2022 into 5.36 and 8.8; its row was copied to each. Decide the status of each.',
      '  - 5.7 Threat intelligence is new in 2022 and has no row: add one with its status.',
    ]);
    expect(lines[14]).toBe('  - 8.28 Secure coding is new in 2022 and has no row: add one with its status.');
  });

  it('writes the CSV to standard output and the decisions to standard error without --output', async () => {
    const dir = workspaceWith({ 'old.csv': OLD });
    const run = await cli(['migrate', '--controls', 'old.csv'], dir);
    expect(run.stdout.startsWith('Control ID,Title,Status,Owner,Evidence,Notes,migrated_from\n5.36,')).toBe(
      true,
    );
    expect(run.stderr).toContain('To decide (13):');
  });

  it('refuses a file already numbered by 2022, and a broken one, with exit 2', async () => {
    const dir = workspaceWith({
      'new.csv': 'id,status\n5.1,implemented\n',
      'bad.csv': 'id,status\nA.9.4.2,maybe\n',
    });
    const already = await cli(['migrate', '--controls', 'new.csv'], dir);
    expect(already.code).toBe(2);
    expect(already.stderr).toBe(
      'isms-gate migrate: invalid input\n  new.csv: the file is not numbered by ISO 27001:2013 (its ids read as ISO/IEC 27001:2022 Annex A); there is nothing to migrate\n',
    );
    const bad = await cli(['migrate', '--controls', 'bad.csv'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.csv:2: unknown status "maybe" for control A.9.4.2');
  });
});

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', '"\'=1+1"'],
    ['+33 1', '"\'+33 1"'],
    ['-2', '"\'-2"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    [' padded', '" padded"'],
    ['', ''],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('quotes the delimiter in use', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
  });
});
