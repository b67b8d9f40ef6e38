import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHubApi } from '../support/github-api.js';

const TOKEN = 'ghs_client-test-token';
let api: FakeGitHubApi;
let client: typeof import('../../src/action/github/client.js');
const savedUrl = process.env.GITHUB_API_URL;

beforeAll(async () => {
  api = await FakeGitHubApi.start({ tokens: { [TOKEN]: 'github-actions[bot]' } });
  // @actions/github reads GITHUB_API_URL when it is first imported, as on a runner (or GHES).
  process.env.GITHUB_API_URL = api.url;
  client = await import('../../src/action/github/client.js');
});
afterAll(async () => {
  await api.close();
  if (savedUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = savedUrl;
});
beforeEach(() => {
  api.clearRequests();
  api.comments.length = 0;
});

const repo = { owner: 'acme', repo: 'isms' };
const make = (log?: (m: string) => void, token = TOKEN) =>
  client.createGitHubClient(token, repo, { retryAfterBaseMs: 1, ...(log ? { log } : {}) });

describe('createGitHubClient against a loopback GitHub', () => {
  it('lists every comment across all pages, 100 at a time, following Link headers', async () => {
    for (let i = 0; i < 250; i++) api.addComment(3, `note ${i}`, i === 249 ? 'github-actions[bot]' : 'alice');
    api.addComment(4, 'another pull request', 'bob');
    const comments = await make().listIssueComments(3);
    expect(comments).toHaveLength(250);
    expect(comments[249]).toEqual({
      id: api.comments[249]!.id,
      body: 'note 249',
      author: 'github-actions[bot]',
    });
    expect(api.requests.map((r) => `${r.method} ${r.path}?${new URLSearchParams(r.query)}`)).toEqual([
      'GET /repos/acme/isms/issues/3/comments?per_page=100',
      'GET /repos/acme/isms/issues/3/comments?per_page=100&page=2',
      'GET /repos/acme/isms/issues/3/comments?per_page=100&page=3',
    ]);
    expect(api.requests[0]!.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('creates and updates comments, reporting the author login', async () => {
    const github = make();
    const created = await github.createIssueComment(3, 'hello');
    expect(created).toEqual({ id: api.comments[0]!.id, body: 'hello', author: 'github-actions[bot]' });
    const updated = await github.updateIssueComment(created.id, 'hello again');
    expect(updated.body).toBe('hello again');
    expect(api.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/repos/acme/isms/issues/3/comments', { body: 'hello' }],
      ['PATCH', `/repos/acme/isms/issues/comments/${created.id}`, { body: 'hello again' }],
    ]);
  });

  it('retries a server error with back-off', async () => {
    api.failNext('GET', /comments$/, 502, 'Bad Gateway');
    api.addComment(3, 'x', 'alice');
    expect(await make().listIssueComments(3)).toHaveLength(1);
    expect(api.requests.map((r) => r.method)).toEqual(['GET', 'GET']);
  });

  it('waits out a secondary rate limit and tries again', async () => {
    const log: string[] = [];
    api.failNext('POST', /comments$/, 403, 'You have exceeded a secondary rate limit', {
      'retry-after': '1',
    });
    await make((m) => log.push(m)).createIssueComment(3, 'hi');
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(api.comments).toHaveLength(1);
    expect(log).toEqual([
      `GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments; retrying after 1s`,
    ]);
  });

  it('does not retry a 403 from a read-only token, and keeps its status for the caller', async () => {
    api.failNext('POST', /comments$/, 403, 'Resource not accessible by integration');
    const error = await make()
      .createIssueComment(3, 'hi')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.GitHubApiError);
    expect((error as InstanceType<typeof client.GitHubApiError>).status).toBe(403);
    expect((error as Error).message).toMatch(
      /^commenting on #3 failed with HTTP 403: Resource not accessible by integration/,
    );
    expect(api.requests).toHaveLength(1);
  });

  it('never puts the token in an error message', async () => {
    const error = await make(undefined, 'ghs_wrong-token-value')
      .listIssueComments(3)
      .catch((e: unknown) => e);
    expect((error as InstanceType<typeof client.GitHubApiError>).status).toBe(401);
    expect((error as Error).message).toMatch(
      /^listing the comments of #3 failed with HTTP 401: Bad credentials/,
    );
    expect((error as Error).message).not.toContain('ghs_wrong-token-value');
  });

  it('answers 404 for a comment that does not exist', async () => {
    const error = await make()
      .updateIssueComment(999999, 'x')
      .catch((e: unknown) => e);
    expect((error as InstanceType<typeof client.GitHubApiError>).status).toBe(404);
  });
});
