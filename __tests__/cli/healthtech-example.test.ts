import { describe, expect, it } from '@jest/globals';
import { runCli } from '../support/cli.js';

const root = new URL('../../', import.meta.url).pathname;

describe('the healthtech example, as the README runs it', () => {
  it('passes with its .isms.yml, showing evidence, readiness, incidents and metrics', async () => {
    const { code, stdout, stderr } = await runCli(
      ['check', '--config', 'examples/healthtech/.isms.yml', '--today', '2026-12-04'],
      root,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      '## ✅ isms-gate passed: ISO 27001 89.1% (evidenced 85.6%) (threshold 80%)',
    );
    expect(stdout).toContain('**Before Stage 1** (7 of 7 met)');
    expect(stdout).toContain('**Before Stage 2** (4 of 5 met)');
    expect(stdout).toContain(
      '- [ ] Staff trained and aware — missing: training completion 78.3% is below the target 90%',
    );
    expect(stdout).toContain('| 5.7 | Partial | ✅ evidence/threat-intel/\\*.md (1 file) |');
    expect(stdout).toContain('| 5.22 | Implemented | ✅ evidence/supplier-reviews/\\*.md (2 files) |');
    expect(stdout).toContain('### Incidents (8; 0 with a missed clock)');
    expect(stdout).toContain('Closure rate **83.3%**: 5 of 6 closed, 1 open.');
    expect(stdout).toContain('| 2026-Q2 | 1 | 1 | 0 | 0 | 2 |');
    expect(stdout).toContain(
      '- **evidence-stale**: evidence of control 5.6 was last reviewed on 2025-09-30 (430 days ago); the maximum age is 365 days (`examples/healthtech/controls.csv:7`)',
    );
  });

  it('gives the same verdict as JSON, with every section', async () => {
    const { stdout } = await runCli(
      ['check', '--config', 'examples/healthtech/.isms.yml', '--today', '2026-12-04', '--format', 'json'],
      root,
    );
    const json = JSON.parse(stdout);
    expect(json.passed).toBe(true);
    expect(json.evidence.compliance[0]).toMatchObject({ declared: 89.1, evidenced: 85.6, unevidenced: 3 });
    expect(json.readiness.stage1.every((i: { ok: boolean }) => i.ok)).toBe(true);
    expect(json.readiness.documents).toHaveLength(14);
    expect(json.incidents.items).toHaveLength(8);
    expect(json.metrics.training).toMatchObject({ total: 23, completed: 18, completionRate: 78.3 });
    expect(json.soa.passed).toBe(true);
  });

  it('fails the gate once a document Stage 1 needs is overdue for review', async () => {
    const { code, stdout } = await runCli(
      [
        'check',
        '--config',
        'examples/healthtech/.isms.yml',
        '--today',
        '2027-03-01',
        '--rules',
        'readiness-stage-2=off',
      ],
      root,
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      '- **readiness-stage-1**: Stage 1: ISMS scope documented and approved: examples/healthtech/docs/isms-scope.md was due for review on 2027-02-10 (last 2026-02-10)',
    );
  });

  it('generates a register from its own asset inventory, as docs/risk.md runs risk-assess', async () => {
    const { code, stdout, stderr } = await runCli(
      [
        'risk-assess',
        '--scope',
        'ehr',
        '--template',
        'healthcare',
        '--assets',
        'examples/healthtech/registers/assets.csv',
        '--today',
        '2026-12-04',
        '--format',
        'json',
      ],
      root,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const register = JSON.parse(stdout);
    expect(register.assets).toHaveLength(18);
    expect(register.risks).toHaveLength(52);
  });

  it('gives a derived HIPAA no evidenced figure: its requirements are not rows evidence could name', async () => {
    const { code, stdout } = await runCli(
      [
        'check',
        '--config',
        'examples/healthtech/.isms.yml',
        '--standard',
        'iso27001,hipaa',
        '--today',
        '2026-12-04',
      ],
      root,
    );
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      '## ❌ isms-gate failed: 1 failure; ISO 27001 89.1% (evidenced 85.6%), HIPAA (derived) 67.0% (threshold 80%)',
    );
    expect(stdout).toContain('- [x] Evidence of effectiveness available — ISO 27001 85.6% evidenced');
    expect(stdout).not.toContain('evidenced compliance 0.0%');
  });
});
