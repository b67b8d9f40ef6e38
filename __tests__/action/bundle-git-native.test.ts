import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitNativeServer } from '../support/git-native-server.js';
import { runAction } from '../support/run-action.js';

const TOKEN = 'ghs_test-token-0123456789';
const BASE = 'c'.repeat(40);
const MARKER = '<!-- isms-gate:comment -->';
const BASE_CONTROLS = 'id,status\n5.1,yes\n8.15,implemented\n';
const HEAD_CONTROLS = 'id,status\n5.1,yes\n8.15,partial\n';
const RISKS = 'id,likelihood,impact,treatment,owner,controls\nR1,4,4,,,8.15\n';

let server: GitNativeServer;
let workspace: string;

beforeEach(async () => {
  server = await GitNativeServer.start({ [TOKEN]: 'github-actions[bot]' }, 'acme', 'isms');
  workspace = mkdtempSync(join(tmpdir(), 'isms-gate-ws-'));
  writeFileSync(join(workspace, 'controls.csv'), HEAD_CONTROLS);
  writeFileSync(join(workspace, 'risks.csv'), RISKS);
});
afterEach(async () => {
  await server.stop();
});

function action(inputs: Record<string, string>, event: { name: string; payload: unknown }) {
  return runAction({
    inputs: {
      controls: 'controls.csv',
      risks: 'risks.csv',
      threshold: '0',
      'github-token': TOKEN,
      ...inputs,
    },
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/isms' },
    event,
    cwd: workspace,
  });
}

describe('the bundle with the git-native features', () => {
  it('puts the base-vs-head delta first, read through the contents API, and fails on regression', async () => {
    server.state.files[BASE] = { 'controls.csv': BASE_CONTROLS };
    const run = await action(
      { 'fail-on-regression': 'true', sarif: 'gate.sarif' },
      { name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: BASE } } } },
    );
    expect(run.code).toBe(1);
    expect(server.calls('GET', /\/contents\//).map((r) => `${r.path}@${r.query.ref}`)).toEqual([
      `/repos/acme/isms/contents/controls.csv@${BASE}`,
      `/repos/acme/isms/contents/risks.csv@${BASE}`,
    ]);
    expect(run.summary.split('\n').slice(0, 3)).toEqual([
      '## What this change does to compliance',
      '',
      '> No risk baseline: the risk register did not exist at the base commit, so every risk is new.',
    ]);
    expect(run.summary).toContain('- `8.15` Logging: Implemented → Partial');
    expect(run.summary).toContain('- **no-regression**: ISO 27001 compliance dropped from 2.2% to 1.6%');
    expect(run.summary).toContain(
      '- **no-regression**: High risk R1 (score 16) is new in this change and has no treatment',
    );
    expect(run.outputs.regressions).toBe('2');
    expect(run.outputs.passed).toBe('false');
    const comment = server.api.comments[0]!.body;
    expect(comment.startsWith(`${MARKER}\n## What this change does to compliance\n`)).toBe(true);
    expect(comment.endsWith('<!-- isms-gate:status=failed -->\n')).toBe(true);
    expect(run.stdout).toMatch(
      /^::error title=isms-gate,file=risks\.csv,line=2::no-regression: High risk R1/m,
    );
    const sarif = JSON.parse(readFileSync(join(workspace, 'gate.sarif'), 'utf8'));
    expect(run.outputs.sarif).toBe(join(workspace, 'gate.sarif'));
    expect(
      sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'no-regression'),
    ).toHaveLength(2);
  });

  it('on a schedule: appends the history, opens the period issue once, commits the badges only when changed', async () => {
    const inputs = {
      issue: 'true',
      history: '.isms/history.jsonl',
      badge: 'badges',
      'badge-branch': 'badges',
      today: '2026-12-04',
    };
    const first = await action(inputs, { name: 'schedule', payload: { schedule: '0 6 1 1,4,7,10 *' } });
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(server.state.issues.map((i) => [i.number, i.title, i.labels, i.user.login])).toEqual([
      [1, 'ISMS gap analysis 2026-Q4', ['isms-gap-analysis'], 'github-actions[bot]'],
    ]);
    expect([first.outputs['issue-number'], first.outputs['issue-url']]).toEqual([
      '1',
      'https://github.test/acme/isms/issues/1',
    ]);
    expect(first.summary).toContain(
      '### Trend\n\nFirst recorded period: no earlier figures to compare with.',
    );
    expect(readFileSync(join(workspace, '.isms/history.jsonl'), 'utf8')).toBe(
      '{"date":"2026-12-04","period":"2026-Q4","passed":true,"standards":[{"standard":"iso27001","label":"ISO 27001","percentage":1.6,"gaps":92}],"risks":{"critical":0,"high":1}}\n',
    );
    expect(first.outputs.badges).toBe(
      `${join(workspace, 'badges/iso27001.svg')}\n${join(workspace, 'badges/iso27001.json')}`,
    );
    expect(readFileSync(join(workspace, 'badges/iso27001.svg'), 'utf8')).toContain(
      'aria-label="ISO 27001: 1.6%"',
    );
    const commit = first.outputs['badge-commit']!;
    expect(server.state.refs.badges).toBe(commit);
    expect(server.state.commits[commit]!.parents).toEqual([]);

    server.api.clearRequests();
    const second = await action(inputs, { name: 'workflow_dispatch', payload: {} });
    expect(second.code).toBe(0);
    expect(server.api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(second.outputs['badge-commit']).toBeUndefined();
    expect(second.stdout).toContain('Badge branch badges: unchanged.');
    expect(second.stdout).toContain('Gap-analysis issue #1: unchanged.');
    expect(server.state.issues).toHaveLength(1);
  });
});
