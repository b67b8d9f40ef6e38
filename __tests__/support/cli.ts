import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

/** What a CLI run printed and wrote. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, string>;
}

/**
 * Runs the CLI in-process with a recording IO rooted at `cwd` (the repository by default) on the
 * given `today`; files it writes land in `written`, keyed by absolute path.
 */
export async function runCli(argv: string[], cwd = process.cwd(), today = '2026-12-04'): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    today: () => today,
    writeFile: (path, text) =>
      void written.set(path, typeof text === 'string' ? text : Buffer.from(text).toString('utf8')),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, written };
}

/** Runs the CLI in `cwd` on 2026-01-15, with written files keyed by their path relative to `cwd`. */
export async function cli(argv: string[], cwd: string): Promise<CliRun> {
  const run = await runCli(argv, cwd, '2026-01-15');
  const written = new Map([...run.written].map(([path, text]) => [path.slice(cwd.length + 1), text]));
  return { ...run, written };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'isms-gate-test-'));
}

/** A temporary workspace holding the given files, their folders created. */
export function workspaceWith(files: Record<string, string>): string {
  const root = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
