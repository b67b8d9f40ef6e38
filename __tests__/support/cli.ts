import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

/** What a CLI run printed and wrote. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, string>;
}

/** Runs the CLI in-process with a recording IO rooted at `cwd` (the repository by default). */
export async function runCli(argv: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    today: () => '2026-12-04',
    writeFile: (path, text) =>
      void written.set(path, typeof text === 'string' ? text : Buffer.from(text).toString('utf8')),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, written };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'isms-gate-test-'));
}
