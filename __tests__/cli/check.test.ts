import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

const CONTROLS = 'examples/healthtech/controls.csv';
const RISKS = 'examples/healthtech/risks.csv';

describe('isms-gate check', () => {
  it('exits 0 and prints the Markdown report when the gate passes', async () => {
    const run = await runCli(['check', '--controls', CONTROLS, '--risks', RISKS]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      '## ✅ isms-gate passed: ISO 27001 89.1% (evidenced 85.6%) (threshold 80%)',
    );
    expect(run.stderr).toBe('');
  });

  it('exits 1 when compliance is below the threshold', async () => {
    const run = await runCli(['check', '--controls', CONTROLS, '--threshold', '90']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '- **compliance-threshold**: ISO 27001 compliance 89.1% is below the threshold 90%',
    );
  });

  it('writes JSON with the documented fields to --output and says where', async () => {
    const run = await runCli([
      'check',
      '--controls',
      CONTROLS,
      '--risks',
      RISKS,
      '--format',
      'json',
      '--output',
      'out/r.json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('passed: report written to out/r.json\n');
    const json = JSON.parse(run.written.get(join(process.cwd(), 'out/r.json'))!);
    expect(json.passed).toBe(true);
    expect(json.standards[0]).toMatchObject({ standard: 'iso27001', percentage: 89.1 });
    expect(
      json.standards[0].domains.map((d: { domain: string; percentage: number }) => [d.domain, d.percentage]),
    ).toEqual([
      ['organizational', 93.2],
      ['people', 93.8],
      ['physical', 87.5],
      ['technological', 83.8],
    ]);
    expect(json.standards[0].gaps[0]).toMatchObject({
      id: '8.8',
      title: 'Management of technical vulnerabilities',
      status: 'partial',
    });
    expect(json.risks.items.find((r: { id: string }) => r.id === 'R003')).toMatchObject({
      likelihood: 4,
      impact: 5,
      score: 20,
      level: 'critical',
    });
    expect(json.failures).toEqual([]);
  });

  it("accepts the seed's command shape: compliance --standard iso27001 --controls-file F", async () => {
    const run = await runCli(['compliance', '--standard', 'iso27001', '--controls-file', CONTROLS]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('### Gaps');
    const withGaps = await runCli([
      'compliance',
      '--standard',
      'iso27001',
      '--controls-file',
      CONTROLS,
      '--gap-analysis',
    ]);
    expect(withGaps.stdout).toContain('### Gaps: ISO 27001 (14)');
  });

  it('exits 2 with file:line messages and writes nothing for an invalid file', async () => {
    const run = await runCli([
      'check',
      '--controls',
      '__tests__/fixtures/controls/errors.csv',
      '--output',
      'r.md',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.written.size).toBe(0);
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      'isms-gate check: 4 problems in the input',
      '  __tests__/fixtures/controls/errors.csv:3: unknown control id "A.5.38" for ISO/IEC 27001:2022 Annex A; the nearest valid id is 5.37',
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [
      ['check', '--controls', CONTROLS, '--threshold', 'eighty'],
      '  --threshold "eighty" is not a number from 0 to 100\n',
    ],
    [
      ['check', '--controls', CONTROLS, '--format', 'xml'],
      '  --format "xml" is not one of: markdown, json, sarif\n',
    ],
    [
      ['check', '--controls', 'nope.csv'],
      `  nope.csv: controls file not found: "nope.csv" does not exist in ${process.cwd()}\n`,
    ],
    [
      ['check', '--controls', '../outside.csv'],
      '  --controls: "../outside.csv" leaves the workspace (it resolves to "../outside.csv")\n',
    ],
    [['check', '--controls', 'examples'], '  examples: controls file "examples" is a folder; give a file\n'],
    [
      ['check'],
      `  no controls file given, and none of controls.csv, controls.yaml, controls.yml, controls.json is in ${process.cwd()}: name one with --controls FILE (or --controls-file FILE)\n`,
    ],
    [
      ['check', '--controls', CONTROLS, '--today', '04/12/2026'],
      '  --today "04/12/2026" is not an ISO 8601 date (YYYY-MM-DD)\n',
    ],
  ])('exits 2 for %j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`isms-gate check: invalid input\n${message}`);
  });

  it('rejects an unknown flag with a usage error', async () => {
    const run = await runCli(['check', '--controlz', CONTROLS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^isms-gate check: invalid input\n {2}Unknown option '--controlz'\. Did you mean '--controls'\? Run with --help for the options\.\n$/,
    );
    expect((await runCli(['check', '--standrad', 'iso27001'])).stderr).toContain(
      "Unknown option '--standrad'. Did you mean '--standard'? Run",
    );
    expect((await runCli(['check', '--Threshold', '80'])).stderr).toContain("Did you mean '--threshold'?");
    expect((await runCli(['check', '--verbose'])).stderr).toBe(
      "isms-gate check: invalid input\n  Unknown option '--verbose'. Run with --help for the options.\n",
    );
  });

  it('prints help with exit 0, and usage with exit 2 for no command', async () => {
    expect((await runCli(['check', '--help'])).stdout).toMatch(
      /^Usage: isms-gate check \[--config FILE\] \[--controls FILE\]/,
    );
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toMatch(/^Usage: isms-gate <command> \[options\]/);
    const unknown = await runCli(['frobnicate']);
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([
      2,
      'isms-gate: unknown command "frobnicate"',
    ]);
  });
});

describe('--gap-analysis', () => {
  it('adds a next step to every gap, most urgent first, and the same text to the JSON', async () => {
    const run = await runCli(['compliance', '--controls-file', CONTROLS, '--risks', RISKS, '--gap-analysis']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '| 1 | 8.8 | Management of technical vulnerabilities | Partial | Platform Lead | 🟠 High: R004 | First: the treatment of High risk R004 relies on it. Complete the implementation for the remaining scope and record evidence that covers it. |',
    );
    expect(run.stdout).toContain(
      '| 3 | 7.14 | Secure disposal or re-use of equipment | Not implemented | Facilities Manager |  | Put it in the risk treatment plan with an owner and a due date, then implement it and record the evidence. |',
    );
    const json = await runCli(['check', '--controls', CONTROLS, '--format', 'json']);
    const gaps = JSON.parse(json.stdout).standards[0].gaps as { id: string; recommendation: string }[];
    expect(gaps.find((g) => g.id === '5.37')?.recommendation).toBe(
      'Carry out the planned implementation by its due date and record the evidence.',
    );
  });

  it('recommends assessing and owning a control the file leaves out', async () => {
    const run = await runCli([
      'check',
      '--controls',
      '__tests__/fixtures/controls/controls.yaml',
      '--gap-analysis',
      '--threshold',
      '0',
    ]);
    expect(run.stdout).toContain(
      '| 5.2 | Information security roles and responsibilities | Not assessed | _unassigned_ |  | Assess it: decide applicability, record its status, owner and evidence (clause 6.1.3 d). Assign an owner. |',
    );
  });
});
