import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

describe('the bundled CLI piped into a reader that stops early (isms-gate check | head)', () => {
  it('exits with the gate’s code and prints no stack trace', async () => {
    const child = spawn(
      process.execPath,
      [
        join(process.cwd(), 'dist/cli.js'),
        'check',
        '--config',
        'examples/healthtech/.isms.yml',
        '--today',
        '2026-12-04',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // The reader closes its end before the report is written, as `head -c 0` does.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
