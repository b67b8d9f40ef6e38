import { describe, expect, it } from '@jest/globals';
import { permissionHint } from '../../src/action/git-native/permission-hint.js';
import { GitHubApiError } from '../../src/action/github/client.js';

describe('permissionHint', () => {
  it('names the permission only when GitHub refused the call', () => {
    expect(permissionHint(new GitHubApiError(403, 'forbidden'), 'issues: write')).toBe(
      '; the token needs `issues: write`.',
    );
    expect(permissionHint(new GitHubApiError(404, 'not found'), 'contents: write')).toBe(
      '; the token needs `contents: write`.',
    );
    expect(permissionHint(new GitHubApiError(500, 'bad port'), 'issues: write')).toBe('.');
    expect(permissionHint(new Error('socket hang up'), 'issues: write')).toBe('.');
  });
});
