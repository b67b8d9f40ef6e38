import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeBadgeFiles } from '../../src/adapters/badge-files.js';
import { gitShow } from '../../src/adapters/git-show.js';
import { annotateAndCount } from './helpers.js';
import { commitBadges, gitBlobSha } from '../../src/action/git-native/badge-branch.js';
import { createGitHubClient, type GitHubClient } from '../../src/action/github/client.js';
import { upsertPeriodIssue } from '../../src/action/git-native/period-issue.js';
import { pullRequestDelta } from '../../src/action/git-native/pr-delta.js';
import { badgeSpecs } from '../../src/engine/badge/badge-spec.js';
import { GAP_ISSUE_MARKER } from '../../src/engine/schedule/gap-issue.js';
import { runGate } from '../../src/engine/pipeline.js';
import { source } from '../support/files.js';
import { tempDir } from '../support/cli.js';
import { GitNativeServer } from '../support/git-native-server.js';
import { testSettings } from '../support/settings.js';

const RISK_HEAD = 'id,likelihood,impact,treatment,owner,plan,due,controls\n';
const BASE = 'a'.repeat(40);
const BASE_CONTROLS = 'id,status\n5.1,yes\n8.15,implemented\n';
const BASE_RISKS = `${RISK_HEAD}R1,3,5,mitigate,Ops,Central logging,2027-06-30,8.15\n`;
const HEAD_CONTROLS = 'id,status\n5.1,yes\n8.15,partial\n';
const HEAD_RISKS = `${RISK_HEAD}R1,3,5,mitigate,Ops,Central logging,2027-06-30,8.15\nR2,4,4,,,,,\n`;

const log = {
  messages: [] as string[],
  info: (m: string) => void log.messages.push(m),
  warning: (m: string) => void log.messages.push(`warning: ${m}`),
};
const settings = testSettings({ threshold: 0 });
const head = () =>
  runGate({
    settings,
    controls: [source('controls.csv', HEAD_CONTROLS)],
    risks: source('risks.csv', HEAD_RISKS),
  });
const noGit = () => Promise.reject(new Error('git must not be asked while the API answers'));

let server: GitNativeServer;
let client: GitHubClient;

beforeAll(async () => {
  server = await GitNativeServer.start({ 'test-token': 'github-actions[bot]', t: 'github-actions[bot]' });
});
afterAll(async () => {
  await server.stop();
});
beforeEach(() => {
  server.api.clearRequests();
  server.routes.reset();
  client = createGitHubClient(
    'test-token',
    { owner: 'o', repo: 'r' },
    { baseUrl: server.url, retryAfterBaseMs: 1 },
  );
  log.messages.length = 0;
});

describe('pull request delta through the contents API', () => {
  const options = (overrides = {}) => ({
    report: head(),
    baseSha: BASE,
    controls: ['controls.csv'],
    risks: 'risks.csv',
    prefix: 'isms/',
    client,
    gitShow: noGit,
    failOnRegression: false,
    log,
    ...overrides,
  });

  it('reads both files at the base sha and shows what changed', async () => {
    server.state.files[BASE] = { 'isms/controls.csv': BASE_CONTROLS, 'isms/risks.csv': BASE_RISKS };
    const result = await pullRequestDelta(options());
    expect(server.requests.map((r) => `${r.method} ${r.path}?ref=${r.query.ref}`)).toEqual([
      `GET /repos/o/r/contents/isms/controls.csv?ref=${BASE}`,
      `GET /repos/o/r/contents/isms/risks.csv?ref=${BASE}`,
    ]);
    expect(result.markdown).toContain('| **ISO 27001** | 2.2% | **1.6%** | ▼ -0.6 pp |');
    expect(result.markdown).toContain('- `8.15` Logging: Implemented → Partial');
    expect(result.markdown).toContain('**Risks added (1)**\n\n- `R2` 🟠 High (score 16, **no treatment**)');
    // Without fail-on-regression the regressions are warnings: visible, not gating.
    expect([result.report.passed, result.regressions.length]).toEqual([true, 2]);
    expect(result.report.warnings.filter((w) => w.rule === 'no-regression')).toHaveLength(2);
    expect(result.report.failures.filter((w) => w.rule === 'no-regression')).toEqual([]);
  });

  it('fails on regression, as its own rule, when asked', async () => {
    server.state.files[BASE] = { 'isms/controls.csv': BASE_CONTROLS, 'isms/risks.csv': BASE_RISKS };
    const result = await pullRequestDelta(options({ failOnRegression: true }));
    expect(result.report.passed).toBe(false);
    expect(result.report.failures.map((f) => f.message)).toEqual([
      'ISO 27001 compliance dropped from 2.2% to 1.6%',
      'High risk R2 (score 16) is new in this change and has no treatment',
    ]);
  });

  it('says there is no baseline for a file absent at the base', async () => {
    server.state.files[BASE] = { 'isms/controls.csv': BASE_CONTROLS };
    const result = await pullRequestDelta(options());
    expect(result.markdown).toContain(
      '> No risk baseline: the risk register did not exist at the base commit, so every risk is new.',
    );
    expect(result.delta!.risksAdded.map((r) => r.id)).toEqual(['R1', 'R2']);
  });

  it('falls back to git show when the API fails, reading the real base commit', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'isms'));
    writeFileSync(join(repo, 'isms/controls.csv'), BASE_CONTROLS);
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        encoding: 'utf8',
      }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    const sha = git('rev-parse', 'HEAD');
    server.state.failWith = 500;
    const result = await pullRequestDelta(
      options({ baseSha: sha, gitShow: (path: string, ref: string) => gitShow(repo, ref, path) }),
    );
    expect(result.markdown).toContain('| **ISO 27001** | 2.2% | **1.6%** | ▼ -0.6 pp |');
    expect(result.delta!.baseline.risks).toBe('absent');
    expect(log.messages[0]).toMatch(
      /^Read the base commit with git, as the contents API was not usable: reading isms\/controls\.csv at [0-9a-f]{12} failed with HTTP 500: Server Error$/,
    );
  });

  it('says so when neither the API nor git can read the base', async () => {
    server.state.failWith = 500;
    const result = await pullRequestDelta(
      options({ gitShow: (path: string, ref: string) => gitShow(tempDir(), ref, path) }),
    );
    expect(result.markdown).toMatch(
      /^## What this change does to compliance\n\n> No baseline: the base commit's files could not be read \(git show a{12}:isms\/controls\.csv failed: /,
    );
    expect(result.report.passed).toBe(true);
  });
});

describe('gap-analysis issue per period', () => {
  const report = (today: string) =>
    runGate({ settings: testSettings({ today }), controls: [source('controls.csv', BASE_CONTROLS)] });
  const upsert = (today: string, trend?: string) =>
    upsertPeriodIssue(client, {
      report: report(today),
      kind: 'quarter',
      label: 'isms',
      author: 'github-actions[bot]',
      trend,
    });

  it('creates the issue once, then updates it, across every page of labelled issues', async () => {
    for (let i = 0; i < 120; i++) server.addIssue({ title: `Finding ${i}`, labels: ['isms'] }, 'alice');
    // A person's issue with the same title and even the marker is never taken for the action's.
    server.addIssue(
      { title: 'ISMS gap analysis 2026-Q4', body: GAP_ISSUE_MARKER, labels: ['isms'] },
      'mallory',
    );

    const first = await upsert('2026-10-01');
    expect(first).toEqual({
      action: 'created',
      number: 122,
      url: 'https://github.test/o/r/issues/122',
      labelled: true,
    });
    const created = server.calls('POST', /\/issues$/)[0]!.body as {
      title: string;
      labels: string[];
      body: string;
    };
    expect([created.title, created.labels]).toEqual(['ISMS gap analysis 2026-Q4', ['isms']]);
    expect(created.body.startsWith(`${GAP_ISSUE_MARKER}\n# ISMS gap analysis 2026-Q4\n`)).toBe(true);
    expect(server.calls('GET', /\/issues$/).map((r) => r.query.page ?? '1')).toEqual(['1', '2']);

    expect(await upsert('2026-10-01')).toEqual({
      action: 'unchanged',
      number: 122,
      url: 'https://github.test/o/r/issues/122',
      labelled: true,
    });
    expect((await upsert('2026-11-15')).action).toBe('updated');
    const patch = server.calls('PATCH', /\/issues\/\d+$/);
    expect(patch.map((r) => r.path)).toEqual(['/repos/o/r/issues/122']);
    expect((patch[0]!.body as { body: string }).body).toContain('as of 2026-11-15');
    expect(server.calls('POST', /\/issues$/)).toHaveLength(1);
    expect(server.state.issues[120]!.body).toBe(GAP_ISSUE_MARKER);
  });

  it('reports a label GitHub dropped, since later runs could not find the issue', async () => {
    const dropping = {
      ...client,
      createIssue: async (issue: { title: string; body: string; labels: string[] }) => ({
        ...(await client.createIssue(issue)),
        labels: [],
      }),
    };
    const outcome = await upsertPeriodIssue(dropping, {
      report: report('2026-12-04'),
      kind: 'quarter',
      label: 'isms',
      author: 'github-actions[bot]',
    });
    expect([outcome.action, outcome.labelled]).toEqual(['created', false]);
  });

  it('opens a new issue for a new quarter that links the previous one', async () => {
    await upsert('2026-12-04');
    const next = await upsert('2027-01-02', '### Trend');
    expect(next).toMatchObject({ action: 'created', number: 2, previous: 1 });
    const body = server.state.issues[1]!.body;
    expect(server.state.issues[1]!.title).toBe('ISMS gap analysis 2027-Q1');
    expect(body).toContain('\n\nPrevious period: #1\n\n### Trend\n\n');
  });
});

describe('badge branch', () => {
  const files = async (percentageControls: string) =>
    makeBadgeFiles(
      badgeSpecs(runGate({ settings, controls: [source('c.csv', percentageControls)] }), {
        green: 90,
        yellow: 80,
      }),
      '',
    );

  it('creates the branch as an orphan, then commits only when a badge changed', async () => {
    const first = await commitBadges(client, {
      branch: 'badges',
      files: await files(BASE_CONTROLS),
      message: 'Update badges',
    });
    expect(first.action).toBe('created');
    const commit = server.calls('POST', /\/git\/commits$/)[0]!.body as { parents: string[]; tree: string };
    expect(commit.parents).toEqual([]);
    expect(server.state.trees[commit.tree]!.map((e) => e.path)).toEqual(['iso27001.json', 'iso27001.svg']);
    expect(server.calls('POST', /\/git\/trees$/)[0]!.body).not.toHaveProperty('base_tree');
    expect(server.calls('POST', /\/git\/refs$/)[0]!.body).toEqual({
      ref: 'refs/heads/badges',
      sha: server.state.refs.badges,
    });
    const json = server.state.blobs[server.state.trees[commit.tree]![0]!.sha]!.toString('utf8');
    expect(JSON.parse(json)).toEqual({ schemaVersion: 1, label: 'ISO 27001', message: '2.2%', color: 'red' });

    server.api.clearRequests();
    expect(
      await commitBadges(client, {
        branch: 'badges',
        files: await files(BASE_CONTROLS),
        message: 'Update badges',
      }),
    ).toEqual({ action: 'unchanged' });
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    const third = await commitBadges(client, {
      branch: 'badges',
      files: await files(HEAD_CONTROLS),
      message: 'Update badges',
    });
    expect(third.action).toBe('committed');
    const second = server.calls('POST', /\/git\/commits$/)[0]!.body as { parents: string[] };
    expect(second.parents).toEqual([first.action === 'created' ? first.commit : '']);
    expect(server.calls('PATCH', /\/git\/refs\/heads\/badges$/)).toHaveLength(1);
    expect(server.state.refs.badges).toBe(third.action === 'committed' ? third.commit : '');
  });

  it('computes blob shas as git does', () => {
    expect(gitBlobSha(new TextEncoder().encode('a\n'))).toBe('78981922613b2afb6025042ff6bd878ac1994e85');
  });
});

describe('annotations on the runner', () => {
  it('emits 10 of each kind on repository paths and counts the rest', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `5.${i + 1},no`).join('\n');
    const report = runGate({ settings, controls: [source('controls.csv', `id,status\n${rows}\n`)] });
    const { calls, plan } = annotateAndCount({ report }, 'isms/');
    expect(calls).toHaveLength(10);
    expect(calls[0]).toEqual([
      'warning',
      'gap: ISO 27001 control 5.1 Policies for information security is not implemented; no owner',
      { title: 'isms-gate', file: 'isms/controls.csv', startLine: 2 },
    ]);
    expect(plan.omitted).toEqual({ errors: 0, warnings: 4 });
  });
});
