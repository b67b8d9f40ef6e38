import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHubApi } from '../support/github-api.js';
import { runAction, type ActionRun } from '../support/run-action.js';

const TOKEN = 'ghs_test-token-0123456789';
const MARKER = '<!-- isms-gate:comment -->';
const PR = 7;

let api: FakeGitHubApi;

beforeEach(async () => {
  api = await FakeGitHubApi.start({ tokens: { [TOKEN]: 'github-actions[bot]' } });
});
afterEach(async () => {
  await api.close();
});

function gate(inputs: Record<string, string> = {}, event = 'pull_request'): Promise<ActionRun> {
  return runAction({
    inputs: {
      controls: 'controls.csv',
      risks: 'risks.csv',
      'working-directory': 'examples/healthtech',
      today: '2026-12-01',
      'github-token': TOKEN,
      ...inputs,
    },
    env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/isms' },
    event: { name: event, payload: { action: 'synchronize', number: PR, pull_request: { number: PR } } },
  });
}

function expectTokenHidden(run: ActionRun): void {
  for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain(TOKEN);
  }
}

const commentsPath = `/repos/acme/isms/issues/${PR}/comments`;

describe('the bundle, run as the runner runs it', () => {
  it('creates the comment once, updates the same one, and writes nothing when the report is unchanged', async () => {
    const first = await gate();
    expect(first.code).toBe(0);
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${commentsPath}`]);
    const id = api.comments[0]!.id;
    expect(api.comments[0]!.body.startsWith(`${MARKER}\n## ✅ isms-gate passed: ISO 27001 89.1%`)).toBe(true);
    expect(api.requests[0]!.headers.authorization).toBe(`token ${TOKEN}`);

    api.clearRequests();
    const second = await gate({ threshold: '85' });
    expect(second.code).toBe(0);
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/isms/issues/comments/${id}`,
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('(threshold 85%)');

    api.clearRequests();
    const third = await gate({ threshold: '85' });
    expect(third.code).toBe(0);
    expect(api.writes()).toEqual([]);
    expect(third.stdout).toContain(`Pull request comment ${id} is up to date.`);
    for (const run of [first, second, third]) expectTokenHidden(run);
  });

  it('writes the summary, the report file and the outputs for the healthtech example', async () => {
    const run = await gate();
    expect(run.outputs).toEqual({
      passed: 'true',
      compliance: '89.1',
      'critical-untreated': '0',
      report: join(run.temp, 'isms-gate-report.md'),
    });
    expect(run.summary.split('\n')[0]).toBe(
      '## ✅ isms-gate passed: ISO 27001 89.1% (evidenced 85.6%) (threshold 80%)',
    );
    expect(run.summary).toContain('| Technological | **83.8%** |');
    expect(readFileSync(run.outputs.report!, 'utf8')).toBe(run.summary);
    expect(run.stderr).toBe('');
    expectTokenHidden(run);
  });

  it('leaves a comment by someone else alone even when it carries the marker', async () => {
    const forged = api.addComment(PR, `${MARKER}\nI wrote this myself`, 'mallory');
    const run = await gate();
    expect(run.code).toBe(0);
    expect(api.writes().map((r) => r.method)).toEqual(['POST']);
    expect(api.comments.find((c) => c.id === forged.id)!.body).toBe(`${MARKER}\nI wrote this myself`);
    expect(api.comments).toHaveLength(2);
  });

  it('finds its comment on the third page of a busy pull request and updates it', async () => {
    for (let i = 0; i < 230; i++) api.addComment(PR, `review note ${i}`, i % 2 ? 'alice' : 'bob');
    const own = api.addComment(PR, `${MARKER}\nan older report`, 'github-actions[bot]');
    for (let i = 0; i < 5; i++) api.addComment(PR, `later note ${i}`, 'alice');
    const run = await gate();
    expect(run.code).toBe(0);
    const reads = api.requests.filter((r) => r.method === 'GET');
    expect(reads.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ]);
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/isms/issues/comments/${own.id}`,
    ]);
  });

  it('turns a 403 on create (a fork pull request) into a warning and keeps the gate result', async () => {
    const baseline = await gate({ comment: 'false' });
    api.failNext('POST', /\/comments$/, 403, 'Resource not accessible by integration');
    const run = await gate();
    expect(api.writes().map((r) => r.method)).toEqual(['POST']);
    expect(api.comments).toHaveLength(0);
    expect([run.code, run.outputs.passed]).toEqual([baseline.code, baseline.outputs.passed]);
    expect([run.code, run.outputs.passed]).toEqual([0, 'true']);
    expect(run.stdout).toMatch(
      /^::warning::Could not write the pull request comment \(commenting on #7 failed with HTTP 403: Resource not accessible by integration/m,
    );
    expectTokenHidden(run);
  });

  it('fails the step with exit code 1 and passed=false below the threshold, and still comments', async () => {
    const run = await gate({ threshold: '95' });
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.compliance).toBe('89.1');
    expect(run.summary.split('\n')[0]).toBe(
      '## ❌ isms-gate failed: 1 failure; ISO 27001 89.1% (evidenced 85.6%) (threshold 95%)',
    );
    expect(run.stdout).toContain('::error::isms-gate failed: 1 failure; see the job summary');
    expect(api.comments[0]!.body).toContain('isms-gate failed');
    expectTokenHidden(run);
  });

  it('fails the step when GitHub rejects the token, without printing the token', async () => {
    const run = await gate({ 'github-token': 'ghs_revoked-token-value' });
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('true');
    expect(run.stdout).toMatch(
      /^::error::isms-gate: listing the comments of #7 failed with HTTP 401: Bad credentials/m,
    );
    expect(`${run.stdout}${run.stderr}${run.summary}`).not.toContain('ghs_revoked-token-value');
  });

  it('makes no request at all outside pull requests or with comment=false', async () => {
    const push = await gate({}, 'push');
    const off = await gate({ comment: 'false' });
    expect([push.code, off.code]).toEqual([0, 0]);
    expect(api.requests).toEqual([]);
    expect(push.stdout).toContain('No pull request comment: the event is push, not a pull request.');
  });

  it('reports a broken controls file in the summary and as an annotation on its line, and fails', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'isms-gate-ws-'));
    writeFileSync(join(workspace, 'controls.csv'), 'control_id,status\nA.5.1,implemented\nA.5.2,sorta\n');
    const run = await runAction({
      inputs: { controls: 'controls.csv', 'github-token': TOKEN },
      env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/isms' },
      event: { name: 'pull_request', payload: { pull_request: { number: PR } } },
      cwd: workspace,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.compliance).toBeUndefined();
    expect(run.summary).toMatch(/^## ⛔ isms-gate could not run: 1 problem in the input\n/);
    expect(run.summary).toContain('controls.csv:3');
    expect(run.stdout).toMatch(
      /^::error title=isms-gate,file=controls\.csv,line=3(,col=\d+)?::controls\.csv:3/m,
    );
    expect(api.comments[0]!.body).toContain('isms-gate could not run');
  });

  it('names every bad input at once and fails without a stack trace', async () => {
    const run = await gate({ threshold: 'eighty', comment: 'yes please', today: '2026-02-30' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=isms-gate::input `threshold` "eighty" is not a number from 0 to 100',
    );
    expect(run.stdout).toContain(
      '::error title=isms-gate::input `comment` is "yes please"; use true or false',
    );
    expect(run.stdout).toContain(
      '::error title=isms-gate::input `today` "2026-02-30" is not an ISO 8601 date',
    );
    expect(run.summary).toMatch(/^## ⛔ isms-gate could not run: 3 problems in the input/);
    expect(run.stdout).toContain('::error::isms-gate could not run: 3 problems in the inputs');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
    expect(api.requests).toEqual([]);
  });

  it('refuses sarif, badge and history paths outside the working directory together, before the gate runs', async () => {
    const run = await gate(
      { sarif: '../../x.sarif', badge: '/tmp/badges', history: 'ok/history.jsonl' },
      'push',
    );
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.compliance).toBeUndefined();
    expect(run.stdout).toContain('::error::isms-gate could not run: 2 problems in the inputs');
    expect(run.summary).toBe(
      [
        '## ⛔ isms-gate could not run: 2 problems in the input',
        '',
        `- input \\\`sarif\\\` "../../x.sarif" is outside the workspace ${join(process.cwd(), 'examples/healthtech')}; give a path inside it`,
        `- input \\\`badge\\\` "/tmp/badges" is outside the workspace ${join(process.cwd(), 'examples/healthtech')}; give a path inside it`,
        '',
        'Fix these and run the gate again; nothing was evaluated.',
        '',
      ].join('\n'),
    );
  });
});
