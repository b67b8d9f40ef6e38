import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { GitHubApiError, type CommentClient, type IssueComment } from '../../src/action/github/client.js';
import {
  COMMENT_MARKER,
  commentBody,
  isStickyComment,
  MAX_COMMENT_CHARS,
  upsertStickyComment,
} from '../../src/action/sticky-comment.js';
import { runGate } from '../../src/engine/pipeline.js';
import { renderMarkdown } from '../../src/engine/render/markdown/index.js';

const BOT = 'github-actions[bot]';

/** An in-memory pull request thread that records every call, and can be told to fail one. */
class FakeClient implements CommentClient {
  readonly calls: string[] = [];
  comments: IssueComment[] = [];
  failOn: { call: 'list' | 'create' | 'update'; error: Error } | undefined;
  private nextId = 1;

  add(body: string, author: string | undefined): IssueComment {
    const comment = { id: this.nextId++, body, author };
    this.comments.push(comment);
    return comment;
  }

  private maybeFail(call: 'list' | 'create' | 'update'): void {
    if (this.failOn?.call === call) throw this.failOn.error;
  }

  async listIssueComments(issue: number): Promise<IssueComment[]> {
    this.calls.push(`list #${issue}`);
    this.maybeFail('list');
    return this.comments.map((c) => ({ ...c }));
  }

  async createIssueComment(issue: number, body: string): Promise<IssueComment> {
    this.calls.push(`create #${issue}`);
    this.maybeFail('create');
    return this.add(body, BOT);
  }

  async updateIssueComment(id: number, body: string): Promise<IssueComment> {
    this.calls.push(`update ${id}`);
    this.maybeFail('update');
    const comment = this.comments.find((c) => c.id === id)!;
    comment.body = body;
    return { ...comment };
  }
}

function logger() {
  const lines: string[] = [];
  return {
    lines,
    info: (m: string) => lines.push(`info: ${m}`),
    warning: (m: string) => lines.push(`warning: ${m}`),
  };
}

const comment = (markdown: string) => ({ issue: 7, markdown, author: BOT });

describe('upsertStickyComment', () => {
  it('creates the comment when there is none, with the marker as its first line', async () => {
    const client = new FakeClient();
    client.add('LGTM', 'alice');
    const outcome = await upsertStickyComment(client, comment('## report\n'), logger());
    expect(outcome).toEqual({ action: 'created', id: 2 });
    expect(client.calls).toEqual(['list #7', 'create #7']);
    expect(client.comments[1]!.body).toBe(`${COMMENT_MARKER}\n## report\n`);
  });

  it('updates its own comment in place and never creates a second one', async () => {
    const client = new FakeClient();
    client.add('first!', 'alice');
    const own = client.add(`${COMMENT_MARKER}\n## old report\n`, BOT);
    const outcome = await upsertStickyComment(client, comment('## new report\n'), logger());
    expect(outcome).toEqual({ action: 'updated', id: own.id });
    expect(client.calls).toEqual(['list #7', `update ${own.id}`]);
    expect(client.comments).toHaveLength(2);
  });

  it('writes nothing when the body is unchanged, even if GitHub returned CRLF line ends', async () => {
    const client = new FakeClient();
    client.add(`${COMMENT_MARKER}\r\n## report\r\n| a |\r\n`, BOT);
    const log = logger();
    const outcome = await upsertStickyComment(client, comment('## report\n| a |\n'), log);
    expect(outcome).toEqual({ action: 'unchanged', id: 1 });
    expect(client.calls).toEqual(['list #7']);
    expect(log.lines).toEqual(['info: Pull request comment 1 is up to date.']);
  });

  it('keeps one comment per scope when a job per scope comments on the same pull request', async () => {
    const client = new FakeClient();
    const unscoped = client.add(`${COMMENT_MARKER}\n## whole ISMS\n`, BOT);
    const scoped = (markdown: string, key: string) => ({ ...comment(markdown), key });
    const ehr = await upsertStickyComment(client, scoped('## ehr\n', 'ehr-platform'), logger());
    const devices = await upsertStickyComment(client, scoped('## devices\n', 'medical devices'), logger());
    const again = await upsertStickyComment(client, scoped('## ehr, later\n', 'ehr-platform'), logger());
    expect([ehr, devices, again]).toEqual([
      { action: 'created', id: 2 },
      { action: 'created', id: 3 },
      { action: 'updated', id: 2 },
    ]);
    expect(client.comments.map((c) => c.body.split('\n')[0])).toEqual([
      COMMENT_MARKER,
      '<!-- isms-gate:comment:ehr-platform -->',
      '<!-- isms-gate:comment:medical-devices -->',
    ]);
    expect(client.comments[0]).toEqual(unscoped);
  });

  it('ignores the marker in comments by other people and by deleted accounts', async () => {
    const client = new FakeClient();
    client.add(`${COMMENT_MARKER}\nforged`, 'mallory');
    client.add(`${COMMENT_MARKER}\nghost`, undefined);
    const outcome = await upsertStickyComment(client, comment('## report\n'), logger());
    expect(outcome).toEqual({ action: 'created', id: 3 });
    expect(client.comments.map((c) => c.body.split('\n')[1])).toEqual(['forged', 'ghost', '## report']);
  });

  it('updates the oldest of its comments when duplicates exist from elsewhere', async () => {
    const client = new FakeClient();
    client.add(`${COMMENT_MARKER}\nA`, BOT);
    client.add(`${COMMENT_MARKER}\nB`, BOT);
    await upsertStickyComment(client, comment('C'), logger());
    expect(client.calls).toEqual(['list #7', 'update 1']);
  });

  it.each([
    ['create', 403, 'Resource not accessible by integration', 'The token may be read-only'],
    ['list', 404, 'Not Found', 'The pull request or the comment may have been deleted'],
    ['update', 403, 'Resource not accessible by integration', 'The token may be read-only'],
    ['create', 422, 'Validation Failed', 'GitHub refused the comment as invalid'],
  ] as const)('turns a %s failing with %i into a warning', async (call, status, message, why) => {
    const client = new FakeClient();
    if (call === 'update') client.add(`${COMMENT_MARKER}\nold`, BOT);
    client.failOn = {
      call,
      error: new GitHubApiError(status, `call failed with HTTP ${status}: ${message}`),
    };
    const log = logger();
    const outcome = await upsertStickyComment(client, comment('## report\n'), log);
    expect(outcome.action).toBe('skipped');
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(
      new RegExp(
        `^warning: Could not write the pull request comment \\(call failed with HTTP ${status}: ${message}\\)\\. ${why}`,
      ),
    );
    expect(log.lines[0]).toContain('The gate result is unaffected');
  });

  it('lets any other failure through, so an outage is never mistaken for success', async () => {
    const client = new FakeClient();
    client.failOn = {
      call: 'create',
      error: new GitHubApiError(500, 'commenting on #7 failed with HTTP 500: boom'),
    };
    await expect(upsertStickyComment(client, comment('x'), logger())).rejects.toThrow('HTTP 500: boom');
    client.failOn = { call: 'list', error: new TypeError('fetch failed') };
    await expect(upsertStickyComment(client, comment('x'), logger())).rejects.toThrow('fetch failed');
  });
});

describe('isStickyComment', () => {
  it('needs the marker at the very start and the action as author (login case ignored)', () => {
    expect(isStickyComment({ id: 1, body: `${COMMENT_MARKER}\nx`, author: 'GitHub-Actions[bot]' }, BOT)).toBe(
      true,
    );
    expect(isStickyComment({ id: 1, body: `quoted: ${COMMENT_MARKER}`, author: BOT }, BOT)).toBe(false);
    expect(isStickyComment({ id: 1, body: `${COMMENT_MARKER}\nx`, author: 'github-actions' }, BOT)).toBe(
      false,
    );
  });
});

describe('commentBody', () => {
  it('cuts an over-long report at a line end, within GitHub limit, and says where the rest is', () => {
    const markdown = Array.from({ length: 5000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n');
    const body = commentBody(markdown);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.length).toBeGreaterThan(MAX_COMMENT_CHARS - 200);
    expect(
      body.endsWith('\n\n_The report is too long for a comment; the full report is in the job summary._\n'),
    ).toBe(true);
    expect(
      body
        .split('\n')
        .slice(1, -3)
        .every((line) => /^\| row \d+ \| x{20} \|$/.test(line)),
    ).toBe(true);
  });

  it('leaves a report within the limit untouched', () => {
    expect(commentBody('## ok\n')).toBe(`${COMMENT_MARKER}\n## ok\n`);
  });

  it('cannot be spoofed: a risk whose text is the marker still yields exactly one marker, the first line', () => {
    const risks = [
      'Risk ID,Asset,Threat,Vulnerability,L,I,Treatment,Owner',
      `R1,${COMMENT_MARKER},${COMMENT_MARKER},<!-- x -->,2,2,Accept,CISO`,
    ].join('\n');
    const report = runGate({
      settings: { standards: ['iso27001'], threshold: 0, domains: [], today: '2026-12-01', rules: {} },
      controls: [{ path: 'controls.csv', bytes: readFileSync('examples/healthtech/controls.csv') }],
      risks: { path: 'risks.csv', bytes: Buffer.from(risks) },
    });
    const body = commentBody(renderMarkdown(report));
    expect(body.split(COMMENT_MARKER)).toHaveLength(2);
    expect(body.indexOf(COMMENT_MARKER)).toBe(0);
    expect(body).toContain('&lt;!-- isms-gate:comment --&gt;');
    expect(body.slice(COMMENT_MARKER.length)).not.toContain('<!--');
  });
});
