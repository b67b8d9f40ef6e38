import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULT_COMMENT_AUTHOR, readInputs } from '../../src/action/inputs.js';
import { DEFAULT_ISSUE_LABEL } from '../../src/action/git-native/inputs.js';
import { InputError } from '../../src/engine/errors.js';

const saved = { ...process.env };

/** Sets inputs the way the runner does: `INPUT_` + the name upper-cased, dashes kept. */
function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => p.message);
    throw error;
  }
  throw new Error('expected an InputError');
}

beforeEach(() => {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
});
afterEach(() => {
  process.env = { ...saved };
});

describe('readInputs', () => {
  it('applies the defaults when only the controls are given', () => {
    setInputs({ controls: 'controls.csv' });
    expect(readInputs()).toEqual({
      controls: ['controls.csv'],
      config: undefined,
      scope: undefined,
      incidents: undefined,
      auditFindings: undefined,
      training: undefined,
      evidenceMaxAge: undefined,
      risks: undefined,
      standards: undefined,
      threshold: undefined,
      domains: [],
      groupBy: undefined,
      catalogs: [],
      rules: {},
      risk: {},
      today: undefined,
      comment: true,
      commentAuthor: 'github-actions[bot]',
      githubToken: undefined,
      workingDirectory: '.',
      reportPath: undefined,
    });
  });

  it('reads every input, with lists split on newlines and commas and whitespace trimmed', () => {
    setInputs({
      controls: 'isms/a.csv\n  isms/b.yaml , isms/c.json\n',
      risks: ' risks.csv ',
      standard: 'iso27001',
      threshold: '72.5%',
      domains: 'technological, people',
      'group-by': 'control-type',
      catalog: 'frameworks/nist.json',
      rules: 'compliance-threshold=warning,critical-risk-untreated=error',
      'treatment-days': 'critical=3, high=14',
      'risk-appetite': '9.5',
      'allow-accept-critical': 'true',
      'acceptance-notice-days': '45',
      today: '2026-12-01',
      comment: 'False',
      'comment-author': 'isms-bot[bot]',
      'github-token': 'ghs_secret',
      'working-directory': 'docs/isms',
      'report-path': 'out/report.md',
      config: 'isms/.isms.yml',
      scope: 'emea',
      incidents: 'incidents.csv',
      'audit-findings': 'audits.csv',
      training: 'training.csv',
      'evidence-max-age': '180',
    });
    expect(readInputs()).toEqual({
      controls: ['isms/a.csv', 'isms/b.yaml', 'isms/c.json'],
      config: 'isms/.isms.yml',
      scope: 'emea',
      incidents: 'incidents.csv',
      auditFindings: 'audits.csv',
      training: 'training.csv',
      evidenceMaxAge: 180,
      risks: 'risks.csv',
      standards: ['iso27001'],
      threshold: 72.5,
      domains: ['technological', 'people'],
      groupBy: 'control-type',
      catalogs: ['frameworks/nist.json'],
      rules: { 'compliance-threshold': 'warning', 'critical-risk-untreated': 'error' },
      risk: {
        treatmentDays: { critical: 3, high: 14 },
        riskAppetite: 9.5,
        allowAcceptCritical: true,
        acceptanceNoticeDays: 45,
      },
      today: '2026-12-01',
      comment: false,
      commentAuthor: 'isms-bot[bot]',
      githubToken: 'ghs_secret',
      workingDirectory: 'docs/isms',
      reportPath: 'out/report.md',
    });
  });

  it('treats an empty string as not given', () => {
    setInputs({ controls: 'c.csv', risks: '', threshold: '', comment: '', 'working-directory': '' });
    const inputs = readInputs();
    expect([inputs.risks, inputs.threshold, inputs.comment, inputs.workingDirectory]).toEqual([
      undefined,
      undefined,
      true,
      '.',
    ]);
  });

  it('reports every bad input at once, naming the input and quoting the value', () => {
    setInputs({
      threshold: '101',
      comment: 'yes',
      today: '01.12.2026',
      rules: 'compliance-threshold=loud',
      'risk-appetite': '30',
    });
    expect(problemsOf(readInputs)).toEqual([
      'input `threshold` "101" is not a number from 0 to 100',
      'input `rules` entry "compliance-threshold=loud" is not rule=error, rule=warning or rule=off',
      'input `risk-appetite` "30" is not a risk score from 1 to 25',
      'input `today` "01.12.2026" is not an ISO 8601 date (YYYY-MM-DD)',
      'input `comment` is "yes"; use true or false',
    ]);
  });

  it.each([['NaN'], ['-1'], ['1e2'], ['eighty'], ['0x50']])('refuses threshold %p', (value) => {
    setInputs({ controls: 'c.csv', threshold: value });
    expect(problemsOf(readInputs)).toEqual([
      `input \`threshold\` ${JSON.stringify(value)} is not a number from 0 to 100`,
    ]);
  });

  it('leaves a missing controls input to the config', () => {
    expect(readInputs().controls).toEqual([]);
  });
});

describe('action.yml and readInputs agree', () => {
  const manifest = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { description: string; default?: string; required?: boolean }>;
    outputs: Record<string, { description: string }>;
  };

  it('declares exactly the inputs the action reads, each described', () => {
    const source = ['src/action/inputs.ts', 'src/action/git-native/inputs.ts']
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const read = [...source.matchAll(/(?:raw|booleanInput|requiredList|bool|branchName)\('([a-z-]+)'/g)].map(
      (m) => m[1],
    );
    expect([...new Set(read)].sort()).toEqual(Object.keys(manifest.inputs).sort());
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect([name, input.description.length > 20]).toEqual([name, true]);
    }
  });

  it('declares the defaults the code falls back to', () => {
    const defaults = Object.fromEntries(
      Object.entries(manifest.inputs).map(([name, i]) => [name, i.default]),
    );
    expect(defaults).toEqual({
      'acceptance-notice-days': undefined,
      'allow-accept-critical': 'false',
      'audit-findings': undefined,
      config: undefined,
      'evidence-max-age': undefined,
      incidents: undefined,
      scope: undefined,
      training: undefined,
      'group-by': undefined,
      catalog: undefined,
      'risk-appetite': undefined,
      'treatment-days': undefined,
      controls: undefined,
      risks: undefined,
      standard: undefined,
      threshold: undefined,
      domains: undefined,
      rules: undefined,
      today: undefined,
      comment: 'true',
      'comment-author': DEFAULT_COMMENT_AUTHOR,
      'github-token': '${{ github.token }}',
      'working-directory': '.',
      'report-path': undefined,
      'fail-on-regression': 'false',
      'comment-mode': 'always',
      sarif: undefined,
      badge: undefined,
      'badge-thresholds': '90,80',
      'badge-branch': undefined,
      issue: 'false',
      'issue-period': 'quarter',
      'issue-label': DEFAULT_ISSUE_LABEL,
      history: undefined,
    });
  });

  it('declares the outputs the action sets, on node24', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual([
      'badge-commit',
      'badges',
      'compliance',
      'critical-untreated',
      'history',
      'issue-number',
      'issue-url',
      'passed',
      'regressions',
      'report',
      'sarif',
    ]);
    expect((manifest as unknown as { runs: unknown }).runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
    });
  });
});
