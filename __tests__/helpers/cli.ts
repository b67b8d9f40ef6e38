import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

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
