import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globFiles } from '../../src/adapters/glob-files.js';
import { Workspace } from '../../src/adapters/workspace.js';
import { runGit, workspaceProbe } from '../../src/adapters/workspace-probe.js';

let root: string;

function commit(message: string, date: string) {
  execFileSync('git', ['add', '-A'], { cwd: root });
  execFileSync(
    'git',
    ['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', message],
    {
      cwd: root,
      env: { ...process.env, GIT_COMMITTER_DATE: `${date}T12:00:00Z`, GIT_AUTHOR_DATE: `${date}T12:00:00Z` },
    },
  );
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'isms-probe-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  mkdirSync(join(root, 'policies'));
  mkdirSync(join(root, 'evidence/2026'), { recursive: true });
  writeFileSync(join(root, 'policies/access.md'), '# Access\n');
  writeFileSync(join(root, 'policies/[draft].md'), 'draft\n');
  commit('policies', '2025-01-15');
  writeFileSync(join(root, 'evidence/2026/q1.md'), 'q1\n');
  writeFileSync(join(root, 'evidence/.hidden.md'), 'no\n');
  commit('evidence', '2026-04-02');
  writeFileSync(join(root, 'evidence/untracked.md'), 'new\n');
  symlinkSync(root, join(root, 'evidence/loop'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('workspace probe', () => {
  it('tells files from folders and absent paths, and never looks outside the workspace', () => {
    const probe = workspaceProbe(new Workspace(root));
    expect(probe.kind('policies/access.md')).toBe('file');
    expect(probe.kind('policies')).toBe('folder');
    expect(probe.kind('policies/missing.md')).toBeUndefined();
    expect(probe.kind('../etc/passwd')).toBeUndefined();
    expect(probe.read('../etc/passwd')).toBeUndefined();
    expect(new TextDecoder().decode(probe.read('policies/access.md'))).toBe('# Access\n');
  });

  it('expands globs sorted, skipping dot files and not following a folder link loop', () => {
    expect(globFiles(root, 'evidence/**/*.md')).toEqual(['evidence/2026/q1.md', 'evidence/untracked.md']);
    expect(globFiles(root, '**/*.md')).toEqual([
      'evidence/2026/q1.md',
      'evidence/untracked.md',
      'policies/[draft].md',
      'policies/access.md',
    ]);
  });

  it('dates evidence by the newest commit touching it, literally (a [ in a name is no pattern)', () => {
    const probe = workspaceProbe(new Workspace(root));
    expect(probe.lastCommitDate(['policies/access.md'])).toBe('2025-01-15');
    expect(probe.lastCommitDate(['policies/access.md', 'evidence/2026/q1.md'])).toBe('2026-04-02');
    expect(probe.lastCommitDate(['policies/[draft].md'])).toBe('2025-01-15');
    expect(probe.lastCommitDate(['evidence/untracked.md'])).toBeUndefined();
  });

  it('gives no date, and no crash, without git or outside a repository', () => {
    const plain = mkdtempSync(join(tmpdir(), 'isms-nogit-'));
    try {
      expect(runGit(['log', '-1'], plain)).toBeUndefined();
      expect(runGit(['--version'], root, 'git-is-not-installed')).toBeUndefined();
      expect(runGit(['--version'], root)).toMatch(/^git version/);
      const calls: string[][] = [];
      const probe = workspaceProbe(new Workspace(root), (args) => {
        calls.push([...args]);
        return undefined;
      });
      expect(probe.lastCommitDate(['policies/access.md'])).toBeUndefined();
      expect(probe.lastCommitDate(['policies/access.md'])).toBeUndefined();
      expect(calls).toEqual([
        ['--literal-pathspecs', 'log', '-1', '--format=%cs', '--', 'policies/access.md'],
      ]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
