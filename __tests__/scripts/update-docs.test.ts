import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve('scripts/update-docs.mjs');
const run = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });

describe('scripts/update-docs.mjs', () => {
  it('finds the committed tables in step with action.yml', () => {
    const result = run(process.cwd(), '--check');
    expect([result.status, result.stderr]).toEqual([0, '']);
  });

  it('fails --check on a drifted table, then rewrites it, and a second run changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-gate-docs-'));
    mkdirSync(join(dir, 'docs'));
    copyFileSync('docs/action.md', join(dir, 'docs/action.md'));
    const manifest = readFileSync('action.yml', 'utf8').replace(
      'Minimum compliance percentage, 0-100;',
      'Minimum compliance percentage | 0-100;',
    );
    writeFileSync(join(dir, 'action.yml'), manifest);

    const check = run(dir, '--check');
    expect([check.status, check.stderr]).toEqual([
      1,
      'docs/action.md is out of date with action.yml; run `npm run docs`\n',
    ]);
    expect(run(dir).status).toBe(0);
    const docs = readFileSync(join(dir, 'docs/action.md'), 'utf8');
    expect(docs).toContain(
      "| `threshold` | no |  | Minimum compliance percentage \\| 0-100; the gate fails below it. Default 80, or the config's. |",
    );
    expect(run(dir, '--check').status).toBe(0);
    expect(readFileSync(join(dir, 'docs/action.md'), 'utf8')).toBe(docs);
  });
});
