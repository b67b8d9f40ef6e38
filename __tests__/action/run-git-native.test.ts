import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGitHubClient } from '../../src/action/github/client.js';
import { DEFAULT_ISSUE_LABEL, type GitNativeInputs } from '../../src/action/git-native/inputs.js';
import {
  prepareGitNative,
  publishGitNative,
  type CommentPort,
  type GitNativeRun,
} from '../../src/action/git-native/run.js';
import type { Report } from '../../src/engine/pipeline.js';
import { Workspace } from '../../src/adapters/workspace.js';
import { runGate } from '../../src/engine/pipeline.js';
import { renderMarkdown } from '../../src/engine/render/markdown/index.js';
import { PASSES_AGAIN } from '../../src/engine/delta/comment-status.js';
import { tempDir } from '../support/cli.js';
import { source } from '../support/files.js';
import { GitNativeServer } from '../support/git-native-server.js';
import { testSettings } from '../support/settings.js';

const BASE = 'b'.repeat(40);
const GOOD = 'id,status\n5.1,yes\n8.15,implemented\n';
const WORSE = 'id,status\n5.1,yes\n8.15,partial\n';

const inputs = (overrides: Partial<GitNativeInputs> = {}): GitNativeInputs => ({
  failOnRegression: true,
  commentMode: 'on-failure',
  sarif: undefined,
  badge: undefined,
  badgeThresholds: { green: 90, yellow: 80 },
  badgeBranch: undefined,
  issue: false,
  issuePeriod: 'quarter',
  issueLabel: DEFAULT_ISSUE_LABEL,
  history: undefined,
  ...overrides,
});

/** Both halves of the git-native step, as the action's run() calls them around publishing. */
async function runGitNative(run: GitNativeRun, gate: { report: Report; reportMarkdown: string }) {
  const prepared = await prepareGitNative(run, { report: gate.report, markdown: gate.reportMarkdown });
  await publishGitNative(run, prepared);
  return prepared;
}

class FakeComment implements CommentPort {
  body: string | undefined;
  writes = 0;
  existing = async () => this.body;
  write = async (render: (previous: string | undefined) => string) => {
    this.body = render(this.body);
    this.writes++;
  };
}

let server: GitNativeServer;
beforeAll(async () => {
  server = await GitNativeServer.start({ 'test-token': 'github-actions[bot]', t: 'github-actions[bot]' });
});
afterAll(async () => server.stop());
beforeEach(() => {
  server.api.clearRequests();
  server.routes.reset();
  server.state.files = { [BASE]: { 'controls.csv': GOOD } };
});

function setup(overrides: Partial<GitNativeRun>, today = '2026-12-04') {
  const dir = tempDir();
  const outputs: Record<string, string> = {};
  const logged: string[] = [];
  const annotations: string[] = [];
  const run: GitNativeRun = {
    inputs: inputs(),
    eventName: 'pull_request',
    baseSha: BASE,
    files: new Workspace(dir),
    prefix: '',
    gate: { controls: ['controls.csv'] },
    client: createGitHubClient('t', { owner: 'o', repo: 'r' }, { baseUrl: server.url, retryAfterBaseMs: 1 }),
    author: 'github-actions[bot]',
    gitShow: () => Promise.reject(new Error('unused')),
    sink: {
      error: (m, p) => void annotations.push(`error ${p.file}:${p.startLine} ${m}`),
      warning: (m, p) => void annotations.push(`warning ${p.file}:${p.startLine} ${m}`),
    },
    log: { info: (m) => void logged.push(m), warning: (m) => void logged.push(`warning: ${m}`) },
    setOutput: (name, value) => void (outputs[name] = value),
    writeFile: (path, text) => {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    },
    ...overrides,
  };
  const gate = (controls: string) => {
    const report = runGate({
      settings: testSettings({ threshold: 0, today }),
      controls: [source('controls.csv', controls)],
    });
    return { report, reportMarkdown: renderMarkdown(report) };
  };
  return { run, dir, outputs, logged, annotations, gate };
}

describe('runGitNative on a pull request', () => {
  it('fails on a regression, comments with the delta first, then says it passes again once fixed', async () => {
    const comment = new FakeComment();
    const { run, gate, outputs } = setup({ comment });
    const failed = await runGitNative(run, gate(WORSE));
    expect(failed.passed).toBe(false);
    expect(outputs.regressions).toBe('1');
    expect(failed.markdown.split('\n')[0]).toBe('## What this change does to compliance');
    expect(failed.markdown).toContain('## ❌ isms-gate failed: 1 failure;');
    expect(failed.markdown).toContain('- **no-regression**: ISO 27001 compliance dropped from 2.2% to 1.6%');
    expect(comment.body!.split('\n')[0]).toBe('## What this change does to compliance');
    expect(comment.body!.endsWith('\n\n<!-- isms-gate:status=failed -->\n')).toBe(true);

    const fixed = await runGitNative(run, gate(GOOD));
    expect(fixed.passed).toBe(true);
    expect(comment.writes).toBe(2);
    expect(comment.body!.split('\n').slice(0, 3)).toEqual([
      PASSES_AGAIN,
      '',
      '## What this change does to compliance',
    ]);
    expect(comment.body!.endsWith('\n\n<!-- isms-gate:status=passed -->\n')).toBe(true);

    // Once the comment shows the pass, the note is not repeated.
    await runGitNative(run, gate(GOOD));
    expect(comment.body!.split('\n')[0]).toBe('## What this change does to compliance');
  });

  it('writes no comment for a passing change with comment-mode on-failure, and none at all when off', async () => {
    const comment = new FakeComment();
    const { run, gate, logged } = setup({ comment });
    await runGitNative(run, gate(GOOD));
    expect([comment.writes, logged.at(-1)]).toEqual([
      0,
      'No pull request comment: the gate passed and comment-mode is on-failure.',
    ]);
    await runGitNative({ ...run, inputs: inputs({ commentMode: 'off' }) }, gate(WORSE));
    expect(comment.writes).toBe(0);
  });

  it('writes SARIF and badges to the workspace and sets their outputs', async () => {
    const { run, gate, outputs, dir } = setup({
      inputs: inputs({ sarif: 'out/gate.sarif', badge: 'out/badges' }),
    });
    await runGitNative(run, gate(GOOD));
    expect(outputs.sarif).toBe(join(dir, 'out/gate.sarif'));
    expect(JSON.parse(readFileSync(join(dir, 'out/gate.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(outputs.badges).toBe(
      `${join(dir, 'out/badges/iso27001.svg')}\n${join(dir, 'out/badges/iso27001.json')}`,
    );
    expect(JSON.parse(readFileSync(join(dir, 'out/badges/iso27001.json'), 'utf8')).message).toBe('2.2%');
  });

  it('caps annotations and says so in the summary', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `5.${i + 1},no`).join('\n');
    const { run, gate, annotations } = setup({ baseSha: undefined });
    const result = await runGitNative(run, gate(`id,status\n${rows}\n`));
    expect(annotations).toHaveLength(10);
    expect(annotations[0]).toBe(
      'warning controls.csv:2 gap: ISO 27001 control 5.1 Policies for information security is not implemented; no owner',
    );
    expect(result.markdown.trimEnd().split('\n').at(-1)).toBe(
      '> Annotations: GitHub shows 10 of each kind per step, so the most important are on their lines; 2 more warnings are listed in this report only.',
    );
  });
});

describe('runGitNative on a schedule', () => {
  it('appends the history, shows the trend and creates the period issue once', async () => {
    const { run, gate, dir, outputs } = setup({
      eventName: 'schedule',
      baseSha: undefined,
      inputs: inputs({ issue: true, history: '.isms/history.jsonl' }),
    });
    mkdirSync(join(dir, '.isms'));
    writeFileSync(
      join(dir, '.isms/history.jsonl'),
      `${JSON.stringify({ date: '2026-09-01', period: '2026-Q3', passed: true, standards: [{ standard: 'iso27001', label: 'ISO 27001', percentage: 1.1, gaps: 92 }] })}\n`,
    );
    const result = await runGitNative(run, gate(GOOD));
    expect(result.markdown).toContain('- ISO 27001: 1.1% → 2.2% (▲ +1.1 pp) since 2026-Q3 (2026-09-01)');
    expect(result.markdown).toContain('  line [1.1, 2.2]');
    expect(readFileSync(join(dir, '.isms/history.jsonl'), 'utf8').split('\n')).toHaveLength(3);
    expect(server.state.issues.map((i) => [i.number, i.title, i.labels])).toEqual([
      [1, 'ISMS gap analysis 2026-Q4', ['isms-gap-analysis']],
    ]);
    expect(server.state.issues[0]!.body).toContain('```mermaid\nxychart-beta');
    expect([outputs['issue-number'], outputs['issue-url']]).toEqual([
      '1',
      'https://github.test/o/r/issues/1',
    ]);
    await runGitNative(run, gate(GOOD));
    expect(server.state.issues).toHaveLength(1);
  });
});
