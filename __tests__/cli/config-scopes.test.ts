import { describe, expect, it } from '@jest/globals';
import { runCli, workspaceWith } from '../support/cli.js';

const allImplemented = (evidence = '') =>
  ['id,status,evidence', ...Array.from({ length: 37 }, (_, i) => `5.${i + 1},implemented,${evidence}`)].join(
    '\n',
  );

describe('isms-gate check with .isms.yml', () => {
  const root = workspaceWith({
    '.isms.yml': [
      'domains: organizational',
      'scopes:',
      '  platform:',
      '    controls: platform/*.csv',
      '  devices:',
      '    controls: devices/controls.csv',
      '    threshold: 95',
    ].join('\n'),
    'platform/a.csv': allImplemented('policy.md'),
    'platform/policy.md': '# Policy',
    'devices/controls.csv': 'id,status\n5.1,implemented\n5.2,partial\n',
  });

  it('evaluates every scope in one run, with an overview and a section each', async () => {
    const { code, stdout } = await runCli(['check'], root);
    expect(code).toBe(1);
    expect(stdout.split('\n').slice(0, 6)).toEqual([
      '## ❌ isms-gate failed: 1 of 2 scopes (devices)',
      '',
      '| Scope | Verdict | Compliance | Threshold | Failures | Warnings |',
      '| --- | --- | --- | --- | ---: | ---: |',
      '| platform | ✅ passed | ISO 27001 100.0% | 80% | 0 | 1 |',
      '| devices | ❌ failed | ISO 27001 4.1% | 95% | 1 | 1 |',
    ]);
    expect(stdout).toContain(
      '## ✅ scope platform passed: ISO 27001 100.0% (evidenced 100.0%) (threshold 80%)',
    );
    expect(stdout).toContain(
      '## ❌ scope devices failed: 1 failure; ISO 27001 4.1% (evidenced 0.0%) (threshold 95%)',
    );
  });

  it('evaluates one scope with --scope, and exposes each scope in JSON', async () => {
    const one = await runCli(['check', '--scope', 'platform'], root);
    expect(one.code).toBe(0);
    expect(one.stdout.split('\n')[0]).toBe(
      '## ✅ isms-gate (scope platform) passed: ISO 27001 100.0% (evidenced 100.0%) (threshold 80%)',
    );
    const json = JSON.parse((await runCli(['check', '--format', 'json'], root)).stdout);
    expect(json.passed).toBe(false);
    expect(json.scopes.map((s: { scope: string; passed: boolean }) => [s.scope, s.passed])).toEqual([
      ['platform', true],
      ['devices', false],
    ]);
  });

  it('lets flags override the config, and reads a config named with --config', async () => {
    expect((await runCli(['check', '--threshold', '1'], root)).code).toBe(0);
    const other = workspaceWith({
      'conf/gate.yml': 'controls: ../c.csv\nthreshold: 1\n',
      'c.csv': 'id,status\n5.1,implemented\n',
    });
    const { code, stdout } = await runCli(['check', '--config', 'conf/gate.yml'], other);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      '## ✅ isms-gate passed: ISO 27001 1.1% (evidenced 0.0%) (threshold 1%)',
    );
  });

  it('exits 2 with every problem when the config is wrong or a scope is unknown', async () => {
    const bad = workspaceWith({
      '.isms.yml': 'controls: c.csv\ntreshold: 80\nrules: {nope: error}\n',
      'c.csv': 'id,status\n5.1,done\n',
    });
    const { code, stderr } = await runCli(['check'], bad);
    expect(code).toBe(2);
    expect(stderr.split('\n').slice(0, 3)).toEqual([
      'isms-gate check: 2 problems in the input',
      expect.stringMatching(
        /^ {2}\.isms\.yml:2: unknown key "treshold" in the config; valid keys: controls, /,
      ),
      expect.stringMatching(
        /^ {2}\.isms\.yml:3: unknown rule "nope" under rules; valid rules: critical-risk-untreated, /,
      ),
    ]);
    const scope = await runCli(['check', '--scope', 'lab'], root);
    expect(scope.code).toBe(2);
    expect(scope.stderr).toContain(
      'scope "lab" is not defined in .isms.yml; defined scopes: platform, devices',
    );
  });

  it('reports a controls glob that matches nothing', async () => {
    const empty = workspaceWith({ '.isms.yml': 'controls: soa/*.md\n' });
    const { code, stderr } = await runCli(['check'], empty);
    expect(code).toBe(2);
    expect(stderr).toContain('controls pattern "soa/*.md" matches no file in the workspace');
  });
});
