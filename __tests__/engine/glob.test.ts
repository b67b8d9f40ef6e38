import { describe, expect, it } from '@jest/globals';
import { globBase, isGlob, matchGlob } from '../../src/engine/paths/glob.js';
import { resolveFrom } from '../../src/engine/paths/workspace-path.js';

describe('glob matcher', () => {
  it.each([
    ['*.md', 'a.md', true],
    ['*.md', 'dir/a.md', false],
    ['soa/*.md', 'soa/people.md', true],
    ['soa/*.md', 'soa/sub/people.md', false],
    ['evidence/**', 'evidence/a/b/c.pdf', true],
    ['evidence/**/*.md', 'evidence/x.md', true],
    ['evidence/**/*.md', 'evidence/2026/q1/x.md', true],
    ['evidence/**/*.md', 'evidence/.hidden/x.md', false],
    ['*.md', '.secret.md', false],
    ['.*.md', '.secret.md', true],
    ['report-202?.md', 'report-2026.md', true],
    ['report-202?.md', 'report-20261.md', false],
    ['[ab]*.csv', 'b-list.csv', true],
    ['[!ab]*.csv', 'b-list.csv', false],
    ['[!ab]*.csv', 'c-list.csv', true],
    ['{policies,procedures}/*.md', 'procedures/x.md', true],
    ['{policies,procedures}/*.md', 'evidence/x.md', false],
    ['a\\*b.md', 'a*b.md', true],
    ['a\\*b.md', 'axb.md', false],
    ['file(1).md', 'file(1).md', true],
    ['a.b', 'axb', false],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(matchGlob(pattern, path)).toBe(expected);
  });

  it('knows a glob from a plain path, and where a walk starts', () => {
    expect(isGlob('soa/*.md')).toBe(true);
    expect(isGlob('policies/access.md')).toBe(false);
    expect(isGlob('a\\*b.md')).toBe(false);
    expect(globBase('examples/healthtech/soa/*.md')).toBe('examples/healthtech/soa');
    expect(globBase('**/*.md')).toBe('');
  });
});

describe('resolveFrom', () => {
  it('resolves relative to the folder of the file that names the path', () => {
    expect(resolveFrom('examples/healthtech/controls.csv', 'policies/a.md')).toEqual({
      path: 'examples/healthtech/policies/a.md',
    });
    expect(resolveFrom('examples/healthtech/soa/people.md', '../policies/a.md')).toEqual({
      path: 'examples/healthtech/policies/a.md',
    });
    expect(resolveFrom('controls.csv', 'evidence/')).toEqual({ path: 'evidence' });
    expect(resolveFrom('controls.csv', 'evidence\\win.txt')).toEqual({ path: 'evidence/win.txt' });
  });

  it('refuses absolute paths and escapes from the workspace', () => {
    expect(resolveFrom('controls.csv', '/etc/passwd')).toEqual({
      error: '"/etc/passwd" is an absolute path; write it relative to the workspace root',
    });
    expect(resolveFrom('isms/controls.csv', 'C:\\secrets.txt')).toEqual({
      error: '"C:\\\\secrets.txt" is an absolute path; write it relative to the folder isms/',
    });
    expect(resolveFrom('isms/controls.csv', '../../etc/passwd')).toEqual({
      error: '"../../etc/passwd" leaves the workspace (it resolves to "../etc/passwd")',
    });
    expect(resolveFrom('isms/controls.csv', '../README.md')).toEqual({ path: 'README.md' });
  });
});
