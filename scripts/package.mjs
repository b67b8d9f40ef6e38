// Bundles the action (src/index.ts -> dist/index.js) and the CLI (src/cli.ts -> dist/cli.js) with ncc,
// so both run with plain `node` on a fresh clone with no install. dist/ is committed; CI fails when
// running this script changes it.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledPackageDirs, licenceNotice } from './bundle-packages.mjs';

const entries = [
  ['src/index.ts', 'index.js'],
  ['src/cli.ts', 'cli.js'],
];

rmSync('dist', { recursive: true, force: true });
const packages = new Set();
for (const [source, target] of entries) {
  const out = mkdtempSync(join(tmpdir(), 'isms-gate-ncc-'));
  const stats = join(out, 'stats.json');
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
      '--stats-out',
      stats,
      '-q',
    ],
    { stdio: 'inherit' },
  );
  // ncc's own `--license` lists only the last chunk's packages once badge-maker is a lazy chunk.
  for (const dir of bundledPackageDirs(JSON.parse(readFileSync(stats, 'utf8')))) packages.add(dir);
  rmSync(stats);
  for (const file of readdirSync(out)) {
    cpSync(join(out, file), join('dist', file === 'index.js' ? target : file), { recursive: true });
  }
  rmSync(out, { recursive: true, force: true });
}
writeFileSync('dist/licenses.txt', licences([...packages]));
writeFileSync('dist/package.json', '{ "type": "module" }\n');
chmodSync('dist/cli.js', 0o755);

/** Each bundled package's name, licence and licence text once, sorted by name: the same bytes every build. */
function licences(dirs) {
  const notices = new Map();
  for (const dir of dirs) {
    const { name, notice } = licenceNotice('.', dir);
    if (!notices.has(name)) notices.set(name, notice);
  }
  return `${[...notices.keys()]
    .sort()
    .map((name) => notices.get(name))
    .join('\n\n')}\n`;
}
