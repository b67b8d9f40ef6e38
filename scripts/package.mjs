// Bundles the action (src/index.ts -> dist/index.js) and the CLI (src/cli.ts -> dist/cli.js) with ncc,
// so both run with plain `node` on a fresh clone with no install. dist/ is committed; CI fails when
// running this script changes it.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entries = [
  ['src/index.ts', 'index.js'],
  ['src/cli.ts', 'cli.js'],
];

rmSync('dist', { recursive: true, force: true });
const licenses = [];
for (const [source, target] of entries) {
  const out = mkdtempSync(join(tmpdir(), 'isms-gate-ncc-'));
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      source,
      '-o',
      out,
      '--minify',
      '--no-source-map-register',
      '--license',
      'licenses.txt',
      '-q',
    ],
    { stdio: 'inherit' },
  );
  for (const file of readdirSync(out)) {
    if (file === 'licenses.txt') licenses.push(readFileSync(join(out, file), 'utf8'));
    else cpSync(join(out, file), join('dist', file === 'index.js' ? target : file), { recursive: true });
  }
  rmSync(out, { recursive: true, force: true });
}
// One licence file for both bundles: each dependency's notice once, in a stable order.
const notices = [...new Set(licenses.join('\n\n').split(/\n\n(?=\S+\n[A-Z])/))].sort();
writeFileSync('dist/licenses.txt', `${notices.join('\n\n').trim()}\n`);
writeFileSync('dist/package.json', '{ "type": "module" }\n');
chmodSync('dist/cli.js', 0o755);
