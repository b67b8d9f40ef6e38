import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import type { WorkspaceProbe } from '../engine/probe.js';
import { globFiles } from './glob-files.js';
import { MAX_FILE_BYTES, type Workspace } from './workspace.js';

/** Runs a git command and returns its output, or undefined for any failure (no git, not a repository). */
export type GitRunner = (args: readonly string[], cwd: string) => string | undefined;

/**
 * git through execFile, never a shell, so a file name can never become a command. `program` is
 * there for tests that need a machine without git.
 */
export function runGit(args: readonly string[], cwd: string, program = 'git'): string | undefined {
  try {
    return execFileSync(program, args as string[], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1024 * 1024,
      timeout: 30_000,
    });
  } catch {
    return undefined;
  }
}

/**
 * The engine's view of the repository, on the real file system: existence, globs, file contents and
 * the newest commit date (`git log -1 --format=%cs`). Answers are cached: the same question asked
 * for many controls costs one look.
 */
export function workspaceProbe(
  workspace: Workspace,
  git: GitRunner = (args, cwd) => runGit(args, cwd),
): WorkspaceProbe {
  const dates = new Map<string, string | undefined>();
  const inside = (path: string): string | undefined => {
    try {
      return workspace.resolve(path, 'evidence');
    } catch {
      return undefined;
    }
  };
  return {
    kind(path) {
      const absolute = inside(path);
      if (absolute === undefined) return undefined;
      try {
        const stats = statSync(absolute);
        return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : undefined;
      } catch {
        return undefined;
      }
    },
    glob(pattern) {
      return globFiles(workspace.root, pattern);
    },
    lastCommitDate(paths) {
      const key = [...paths].sort().join('\n');
      if (!dates.has(key)) {
        const output = git(
          ['--literal-pathspecs', 'log', '-1', '--format=%cs', '--', ...paths],
          workspace.root,
        )?.trim();
        dates.set(key, output && /^\d{4}-\d{2}-\d{2}$/.test(output) ? output : undefined);
      }
      return dates.get(key);
    },
    read(path) {
      const absolute = inside(path);
      if (absolute === undefined) return undefined;
      try {
        const stats = statSync(absolute);
        if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return undefined;
        return readFileSync(absolute);
      } catch {
        return undefined;
      }
    },
  };
}
