import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** What a CLI run printed, wrote and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, string>;
}

/** A fresh workspace folder holding `files`. */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'isms-gate-test-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Runs the CLI in `cwd` with a recording IO; written files are kept in memory, keyed by path relative to cwd. */
export async function cli(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    today: () => '2026-01-15',
    writeFile: (path, text) => void written.set(path.slice(cwd.length + 1), String(text)),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, written };
}

/** A temporary workspace holding the given files. */
export function workspaceWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'isms-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Runs the CLI in `cwd` with a recording IO; files it writes land in `written`. */
export async function runCli(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    cwd,
    today: () => '2026-12-04',
    writeFile: (path, text) =>
      written.set(path, typeof text === 'string' ? text : new TextDecoder().decode(text)),
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join(''), written };
}
