import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What a CLI command may do to the world; tests hand in a recording fake. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The folder paths are resolved in (the workspace). */
  cwd: string;
  /** Today's date, ISO 8601, unless `--today` says otherwise. */
  today(): string;
  /** Writes a file, creating its folder. */
  writeFile(path: string, text: string | Uint8Array): void;
}

/** The real console and file system. */
export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    today: () => new Date().toISOString().slice(0, 10),
    writeFile: (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
  };
}
