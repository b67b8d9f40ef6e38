import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHubApi } from '../support/github-api.js';
import { runAction, type ActionRun } from '../support/run-action.js';

const TOKEN = 'ghs_fault-token-5f3a9c1e7b';
const MARKER = '<!-- isms-gate:comment -->';
const PR = 12;
const LIST = /\/issues\/12\/comments$/;
const ONE = /\/issues\/comments\/\d+$/;

let api: FakeGitHubApi;
beforeEach(async () => {
  api = await FakeGitHubApi.start({ tokens: { [TOKEN]: 'github-actions[bot]' } });
});
afterEach(async () => {
  await api.close();
});

/** The bundle on the healthtech example for pull request 12; `threshold` 95 makes the gate fail. */
function gate(threshold = '80'): Promise<ActionRun> {
  return runAction({
    inputs: {
      controls: 'controls.csv',
      risks: 'risks.csv',
      'working-directory': 'examples/healthtech',
      today: '2026-12-01',
      threshold,
      'github-token': TOKEN,
    },
    env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/isms' },
    event: { name: 'pull_request', payload: { pull_request: { number: PR } } },
  });
}

/** The token must be nowhere a user or a log reader can see: output, errors, summary, outputs, comments. */
function expectTokenHidden(run: ActionRun): void {
  const seen = [
    run.stdout,
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    ...api.comments.map((c) => c.body),
  ];
  for (const text of seen) expect(text).not.toContain(TOKEN);
}

const calls = () => api.requests.map((r) => `${r.method} ${r.path.replace(/\d{4,}/, 'ID')}`);
const LIST_CALL = `GET /repos/acme/isms/issues/${PR}/comments`;
const CREATE_CALL = `POST /repos/acme/isms/issues/${PR}/comments`;
const UPDATE_CALL = 'PATCH /repos/acme/isms/issues/comments/ID';

describe('GitHub faults, one at a time, against the loopback API through the bundle', () => {
  it.each([
    ['GET', 500, LIST, 'Internal Server Error', [LIST_CALL, LIST_CALL, CREATE_CALL]],
    ['GET', 502, LIST, 'Bad Gateway', [LIST_CALL, LIST_CALL, CREATE_CALL]],
    ['POST', 500, LIST, 'Internal Server Error', [LIST_CALL, CREATE_CALL, CREATE_CALL]],
    ['POST', 502, LIST, 'Bad Gateway', [LIST_CALL, CREATE_CALL, CREATE_CALL]],
  ] as const)(
    '%s answered %i is retried with back-off and the comment still lands',
    async (method, status, path, message, expected) => {
      api.failNext(method, path, status, message);
      const run = await gate();
      expect(run.code).toBe(0);
      expect(calls()).toEqual(expected);
      expect(api.comments).toHaveLength(1);
      expect(api.comments[0]!.body.startsWith(`${MARKER}\n## ✅ isms-gate passed`)).toBe(true);
      expectTokenHidden(run);
    },
  );

  it('waits out a secondary rate limit on the update and then updates', async () => {
    api.addComment(PR, `${MARKER}\nan older report`, 'github-actions[bot]');
    api.failNext('PATCH', ONE, 403, 'You have exceeded a secondary rate limit. Please wait a few minutes.', {
      'retry-after': '1',
    });
    const run = await gate();
    expect(run.code).toBe(0);
    expect(calls()).toEqual([LIST_CALL, UPDATE_CALL, UPDATE_CALL]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('isms-gate passed');
    expect(run.stdout).toContain('secondary rate limit');
    expectTokenHidden(run);
  });

  it.each([
    [
      'a fork (403 on create)',
      'POST',
      LIST,
      403,
      'Resource not accessible by integration',
      'The token may be read-only',
    ],
    ['a deleted pull request (404 on list)', 'GET', LIST, 404, 'Not Found', 'may have been deleted'],
    [
      'a locked conversation (422 on create)',
      'POST',
      LIST,
      422,
      'Validation Failed',
      'refused the comment as invalid',
    ],
  ] as const)(
    '%s is a warning and leaves the verdict as it was, passing or failing',
    async (_what, method, path, status, message, why) => {
      for (const [threshold, code, passed] of [
        ['80', 0, 'true'],
        ['95', 1, 'false'],
      ] as const) {
        api.clearRequests();
        api.failNext(method, path, status, message);
        const run = await gate(threshold);
        expect([run.code, run.outputs.passed, run.outputs.compliance]).toEqual([code, passed, '89.1']);
        expect(api.comments).toHaveLength(0);
        const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toContain(`failed with HTTP ${status}: ${message}`);
        expect(warnings[0]).toContain(why);
        expect(warnings[0]).toContain('The gate result is unaffected');
        expect(run.stdout).not.toMatch(/^::error::isms-gate: /m);
        expectTokenHidden(run);
      }
    },
  );

  it('a 403 on updating its own comment is a warning too, and nothing is created instead', async () => {
    api.addComment(PR, `${MARKER}\nan older report`, 'github-actions[bot]');
    api.failNext('PATCH', ONE, 403, 'Resource not accessible by integration');
    const run = await gate();
    expect(run.code).toBe(0);
    expect(calls()).toEqual([LIST_CALL, UPDATE_CALL]);
    expect(api.comments.map((c) => c.body)).toEqual([`${MARKER}\nan older report`]);
    expectTokenHidden(run);
  });

  it('makes ceil(comments / 100) list calls and one write; none when the comment is unchanged', async () => {
    for (let i = 0; i < 340; i++) api.addComment(PR, `review note ${i}`, 'reviewer');
    await gate();
    expect(calls()).toEqual([LIST_CALL, LIST_CALL, LIST_CALL, LIST_CALL, CREATE_CALL]);
    api.clearRequests();
    const again = await gate();
    expect(again.code).toBe(0);
    expect(calls()).toEqual([LIST_CALL, LIST_CALL, LIST_CALL, LIST_CALL]);
    expect(api.writes()).toEqual([]);
  });

  it.each([
    ['not JSON', '{"pull_request": {"number": 12', 'is not valid JSON'],
    ['empty', '', 'is not valid JSON'],
    ['a list', '[12]', 'is not a JSON object'],
  ])(
    'an event payload that is %s is a warning: the gate runs, no comment, no stack trace',
    async (_what, text, why) => {
      const run = await runAction({
        inputs: {
          controls: 'controls.csv',
          'working-directory': 'examples/healthtech',
          today: '2026-12-01',
          'github-token': TOKEN,
        },
        env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/isms' },
        event: { name: 'pull_request', payload: {} },
        eventText: text,
      });
      expect([run.code, run.outputs.passed, run.outputs.compliance]).toEqual([0, 'true', '89.1']);
      expect(run.stdout).toContain(`::warning::The workflow event payload ${why}`);
      expect(run.stdout).toContain('no pull request comment is written.');
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
      expect(api.requests).toEqual([]);
      expectTokenHidden(run);
    },
  );
});
