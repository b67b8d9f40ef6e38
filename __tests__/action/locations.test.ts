import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { annotationProperties } from '../../src/action/annotations.js';
import { countCriticalUntreated, evaluateGate, overridesFrom } from '../../src/action/evaluate.js';
import type { Inputs } from '../../src/action/inputs.js';
import { locate, runnerEnv } from '../../src/action/locations.js';
import { pullRequestOf } from '../../src/action/pull-request.js';
import { InputError } from '../../src/engine/errors.js';

const repo = resolve('.');

function inputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    controls: ['controls.csv'],
    config: undefined,
    scope: undefined,
    incidents: undefined,
    auditFindings: undefined,
    training: undefined,
    evidenceMaxAge: undefined,
    risks: 'risks.csv',
    standards: ['iso27001'],
    threshold: 80,
    domains: [],
    groupBy: undefined,
    catalogs: [],
    rules: {},
    risk: {},
    today: '2026-12-01',
    comment: true,
    commentAuthor: 'github-actions[bot]',
    githubToken: undefined,
    workingDirectory: 'examples/healthtech',
    reportPath: undefined,
    ...overrides,
  };
}

describe('locate', () => {
  it('reads from the working directory and writes the report to RUNNER_TEMP by default', () => {
    const at = locate(inputs(), { workspace: repo, temp: '/runner/_temp' });
    expect([at.files.root, at.prefix, at.reportPath]).toEqual([
      join(repo, 'examples/healthtech'),
      'examples/healthtech/',
      join('/runner/_temp', 'isms-gate-report.md'),
    ]);
  });

  it('falls back to the working directory without RUNNER_TEMP, and resolves report-path inside it', () => {
    expect(locate(inputs({ workingDirectory: '.' }), { workspace: repo, temp: undefined })).toMatchObject({
      prefix: '',
      reportPath: join(repo, 'isms-gate-report.md'),
    });
    expect(locate(inputs({ reportPath: 'out/r.md' }), { workspace: repo, temp: '/t' }).reportPath).toBe(
      join(repo, 'examples/healthtech/out/r.md'),
    );
  });

  it('refuses a working directory or report path outside the repository', () => {
    expect(() =>
      locate(inputs({ workingDirectory: '../elsewhere' }), { workspace: repo, temp: undefined }),
    ).toThrow(
      new InputError(
        `input \`working-directory\` "../elsewhere" is outside the workspace ${repo}; give a path inside it`,
      ),
    );
    expect(() => locate(inputs({ reportPath: '/etc/passwd' }), { workspace: repo, temp: undefined })).toThrow(
      /^input `report-path` "\/etc\/passwd" is outside the workspace/,
    );
  });

  it('takes the runner variables, treating empty as unset', () => {
    expect(runnerEnv({ GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '' })).toEqual({
      workspace: '/w',
      temp: undefined,
    });
  });
});

describe('pullRequestOf', () => {
  const payload = { pull_request: { number: 12 } };
  it.each([
    ['pull_request', 'acme/isms', { repo: { owner: 'acme', repo: 'isms' }, number: 12 }],
    ['pull_request_target', 'acme/isms', { repo: { owner: 'acme', repo: 'isms' }, number: 12 }],
    ['push', 'acme/isms', undefined],
    ['pull_request', undefined, undefined],
    ['pull_request', 'acme', undefined],
  ])('%s in %p', (eventName, repository, expected) => {
    expect(pullRequestOf({ eventName, payload, repository })).toEqual(expected);
  });

  it('needs a pull request number in the payload', () => {
    expect(
      pullRequestOf({ eventName: 'pull_request', payload: {}, repository: 'acme/isms' }),
    ).toBeUndefined();
  });
});

describe('annotationProperties', () => {
  it('points at the file from the repository root, with line and column', () => {
    expect(annotationProperties({ file: 'risks.csv', line: 4, column: 2, message: 'm' }, 'isms/')).toEqual({
      title: 'isms-gate',
      file: 'isms/risks.csv',
      startLine: 4,
      startColumn: 2,
    });
    expect(annotationProperties({ message: 'no file' }, 'isms/')).toEqual({ title: 'isms-gate' });
  });
});

describe('evaluateGate', () => {
  const at = locate(inputs(), { workspace: repo, temp: '/t' });

  it('runs the engine on the example: 89.1%, passed, no untreated Critical risk', () => {
    const outcome = evaluateGate(inputs(), at);
    if (outcome.kind !== 'report') throw new Error(outcome.markdown);
    expect([
      outcome.passed,
      outcome.report.standards[0]!.percentage,
      countCriticalUntreated(outcome.report),
    ]).toEqual([true, 89.1, 0]);
    expect(outcome.markdown.split('\n')[0]).toBe(
      '## ✅ isms-gate passed: ISO 27001 89.1% (evidenced 85.6%) (threshold 80%)',
    );
  });

  it('returns missing files as an invalid outcome listing each one', () => {
    const outcome = evaluateGate(inputs({ controls: ['nope.csv'], risks: 'gone.csv' }), at);
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.problems.map((p) => p.file)).toEqual([
      'nope.csv',
      'gone.csv',
    ]);
    expect(outcome.markdown.split('\n')[0]).toBe('## ⛔ isms-gate could not run: 2 problems in the input');
  });

  it('counts untreated Critical risks even when their rule is switched off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-gate-critical-'));
    copyFileSync('examples/healthtech/controls.csv', join(dir, 'controls.csv'));
    const register = [
      'Risk ID,Threat,L,I,Treatment,Owner',
      'R1,a,5,5,,',
      'R2,b,4,5,Mitigate,',
      'R3,c,5,4,Mitigate,CISO',
    ];
    writeFileSync(join(dir, 'risks.csv'), `${register.join('\n')}\n`);
    const here = locate(inputs({ workingDirectory: '.' }), { workspace: dir, temp: dir });
    const gated = evaluateGate(inputs({ workingDirectory: '.' }), here);
    const off = evaluateGate(
      inputs({
        workingDirectory: '.',
        rules: { 'critical-risk-untreated': 'off', 'mitigate-incomplete': 'off', 'evidence-missing': 'off' },
      }),
      here,
    );
    if (gated.kind !== 'report' || off.kind !== 'report') throw new Error('expected reports');
    expect([gated.passed, countCriticalUntreated(gated.report)]).toEqual([false, 2]);
    expect([off.passed, countCriticalUntreated(off.report)]).toEqual([true, 2]);
  });

  it('uses the day of the run only when `today` is not given', () => {
    const noon = () => new Date('2027-03-04T12:00:00Z');
    expect(overridesFrom(inputs({ today: undefined }), noon).today).toBe('2027-03-04');
    expect(overridesFrom(inputs(), noon).today).toBe('2026-12-01');
  });

  it('passes on only the inputs the workflow gave, so the config fills the rest', () => {
    expect(
      overridesFrom(inputs({ standards: undefined, threshold: undefined, risks: undefined, controls: [] })),
    ).toEqual({ today: '2026-12-01', settings: {} });
    expect(
      overridesFrom(inputs({ scope: 'emea', threshold: 90, groupBy: 'control-type', evidenceMaxAge: 30 })),
    ).toEqual({
      today: '2026-12-01',
      scope: 'emea',
      controls: ['controls.csv'],
      risks: 'risks.csv',
      standards: ['iso27001'],
      threshold: 90,
      evidenceMaxAge: 30,
      settings: { groupBy: 'control-type' },
    });
  });

  it('reads the example through its .isms.yml when no file input is given', () => {
    const here = locate(inputs({ workingDirectory: 'examples/healthtech' }), { workspace: repo, temp: repo });
    const outcome = evaluateGate(
      inputs({
        controls: [],
        risks: undefined,
        standards: undefined,
        threshold: undefined,
        today: '2026-12-04',
      }),
      here,
    );
    if (outcome.kind !== 'report') throw new Error(outcome.markdown);
    expect(outcome.markdown.split('\n')[0]).toBe(
      '## ✅ isms-gate passed: ISO 27001 89.1% (evidenced 85.6%) (threshold 80%)',
    );
    expect(outcome.paths.controls).toEqual(['controls.csv']);
    expect(outcome.paths.risks).toBe('risks.csv');
    expect(outcome.report.incidents).toBeDefined();
  });
});
