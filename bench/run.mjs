// `npm run bench`: start-up, scale, memory, linear growth, GitHub calls per run and the bundle, each
// as a ratio to a baseline measured in the same run on the same machine, printed as one table.
// Generated inputs live in a temporary folder and are removed at the end.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { controlsCsv, risksCsv, writeIsms } from './generate.mjs';
import { startLoopback } from './loopback.mjs';
import { bundledPackageDirs, licenceNotice } from '../scripts/bundle-packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const rows = [];
const row = (measure, value, baseline, ratio, target, ok) =>
  rows.push({
    measure,
    value,
    baseline,
    ratio,
    target,
    result: ok === undefined ? '' : ok ? 'pass' : 'FAIL',
  });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const log = (text) => process.stderr.write(`${text}\n`);

function timed(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { cwd: root, encoding: 'utf8', ...options });
  if (result.status !== 0 && !options.allowFail)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// The bundle users run, and the engine compiled on its own for in-process measurement.
if (process.argv.includes('--build') || !existsSync(join(root, 'dist/cli.js'))) {
  log('bundling (npm run package)...');
  execFileSync(node, ['scripts/package.mjs'], { cwd: root, stdio: 'inherit' });
}
log('compiling the engine for in-process measurement...');
rmSync(join(root, '.bench/build'), { recursive: true, force: true });
execFileSync(node, ['node_modules/typescript/bin/tsc', '-p', 'bench/tsconfig.json'], {
  cwd: root,
  stdio: 'inherit',
});
const build = join(root, '.bench/build');
const work = mkdtempSync(join(tmpdir(), 'isms-gate-bench-'));

// 1. Start-up: the CLI on the example against an empty node, interleaved so load drifts hit both alike.
log('start-up...');
const example = [
  'dist/cli.js',
  'check',
  '--controls',
  'examples/healthtech/controls.csv',
  '--risks',
  'examples/healthtech/risks.csv',
  '--today',
  '2026-12-01',
];
const bare = [];
const cli = [];
for (let i = 0; i < 15; i++) {
  bare.push(timed(['-e', '0']));
  cli.push(timed(example, { allowFail: true }));
}
const startRatio = median(cli) / median(bare);
row(
  'start-up: `node dist/cli.js check` on examples/healthtech',
  ms(median(cli)),
  `node -e 0: ${ms(median(bare))}`,
  `${startRatio.toFixed(2)}x`,
  '<= 3x',
  startRatio <= 3,
);

// The catalog's ids, from the compiled engine, so the generated files use every real control.
const { iso27001 } = await import(join(build, 'src/engine/catalogs/iso27001.js'));
const ids = iso27001.controls.map((c) => c.id);

function child(mode, scopes) {
  const list = join(work, `list-${mode}-${scopes.length}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(list, JSON.stringify(scopes));
  const result = spawnSync(node, ['--expose-gc', join(root, 'bench/child.mjs'), mode, build, list], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`child ${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
const best = (runs) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));

// 2. Scale: 200 scopes, each every Annex A control and 500 risks; the engine against csv-parse alone.
log('scale: generating 200 scopes...');
const ismsDir = join(work, 'isms');
const scopes = writeIsms(ismsDir, ids, 200, 500);
// Five runs of each, interleaved so a busy machine slows both alike; the best of each is compared.
const parseRuns = [];
const engineRuns = [];
for (let i = 0; i < 5; i++) {
  parseRuns.push(child('csv-parse', scopes));
  engineRuns.push(child('engine', scopes));
}
const parsed = best(parseRuns);
const engine = best(engineRuns);
const scaleRatio = engine.ms / parsed.ms;
const controlRows = scopes.length * ids.length;
row(
  `scale: 200 scopes, ${controlRows.toLocaleString('en')} control rows, ${engine.count.toLocaleString('en')} risks (${mb(engine.inputBytes)}), validate + evaluate + decide`,
  ms(engine.ms),
  `csv-parse alone: ${ms(parsed.ms)}`,
  `${scaleRatio.toFixed(2)}x`,
  '<= 2x',
  scaleRatio <= 2,
);
const growth = engine.peakRss - engine.rssBefore;
const memRatio = growth / engine.inputBytes;
row(
  'peak memory of that evaluation (RSS growth in a child process)',
  mb(growth),
  `input: ${mb(engine.inputBytes)}`,
  `${memRatio.toFixed(2)}x`,
  '<= 5x',
  memRatio <= 5,
);

// 3. Linear growth: one register of 10k, 100k and 1M risks.
const perRow = [];
for (const n of [10_000, 100_000, 1_000_000]) {
  log(`linear: ${n.toLocaleString('en')} risks...`);
  const dir = join(work, `linear-${n}`);
  rmSync(dir, { recursive: true, force: true });
  const files = { controls: join(work, `c-${n}.csv`), risks: join(work, `r-${n}.csv`) };
  writeFileSync(files.controls, controlsCsv(ids, 7));
  writeFileSync(files.risks, risksCsv(n, ids, 11));
  const p = child('csv-parse', [files]);
  const e = child('engine', [files]);
  const us = (e.ms * 1000) / n;
  perRow.push(us);
  const g = e.peakRss - e.rssBefore;
  row(
    `linear: ${n.toLocaleString('en')} risks (${mb(e.inputBytes)})`,
    `${ms(e.ms)} (${us.toFixed(1)} µs/row), memory ${mb(g)} (${(g / e.inputBytes).toFixed(1)}x input)`,
    `csv-parse: ${ms(p.ms)}`,
    `${(e.ms / p.ms).toFixed(2)}x`,
    '',
  );
  rmSync(files.risks, { force: true });
}
// Linear means the cost of a row does not rise with the size of the file (it falls while start-up
// costs spread out): the worst step up from one size to the next, tenfold larger, must stay small.
const growthStep = Math.max(perRow[1] / perRow[0], perRow[2] / perRow[1]);
row(
  'linear growth: cost per row at 10k / 100k / 1M rows',
  perRow.map((u) => `${u.toFixed(1)} µs`).join(' / '),
  'the previous size',
  `${growthStep.toFixed(2)}x worst step`,
  '<= 1.5x per tenfold',
  growthStep <= 1.5,
);

// 4. GitHub calls per pull request run, counted by a loopback API.
log('GitHub calls...');
async function actionRun(server) {
  const temp = mkdtempSync(join(work, 'action-'));
  for (const f of ['summary.md', 'output.txt']) writeFileSync(join(temp, f), '');
  writeFileSync(join(temp, 'event.json'), JSON.stringify({ pull_request: { number: 7 } }));
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: 'acme/isms',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_OUTPUT: join(temp, 'output.txt'),
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: temp,
    INPUT_CONTROLS: 'controls.csv',
    INPUT_RISKS: 'risks.csv',
    'INPUT_WORKING-DIRECTORY': 'examples/healthtech',
    INPUT_TODAY: '2026-12-01',
    'INPUT_GITHUB-TOKEN': 'ghs_bench-token',
  };
  const childProcess = spawn(node, [join(root, 'dist/index.js')], { cwd: root, env, stdio: 'ignore' });
  await new Promise((done) => childProcess.on('close', done));
}
for (const existing of [0, 250, 1000]) {
  const server = await startLoopback(
    Array.from({ length: existing }, (_, i) => ({ id: i + 1, body: `review ${i}`, login: 'reviewer' })),
  );
  await actionRun(server);
  const first = [...server.state.requests];
  server.state.requests.length = 0;
  await actionRun(server);
  const second = [...server.state.requests];
  await server.close();
  const count = (reqs, method) => reqs.filter((r) => r.startsWith(method)).length;
  const lists = (n) => Math.max(1, Math.ceil(n / 100));
  const writes = (reqs) => reqs.length - count(reqs, 'GET');
  const ok =
    count(first, 'GET') === lists(existing) &&
    writes(first) === 1 &&
    count(second, 'GET') === lists(existing + 1) &&
    writes(second) === 0;
  row(
    `GitHub calls, pull request with ${existing} comments: first run / unchanged rerun`,
    `${count(first, 'GET')} list + ${writes(first)} write / ${count(second, 'GET')} list + ${writes(second)} write`,
    `ceil(comments/100) = ${lists(existing)} / ${lists(existing + 1)}`,
    '',
    '<= 1 write, 0 when unchanged',
    ok,
  );
}

// 5. The bundle: sizes, what the CLI bundle leaves out, and no dependency that nothing uses.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
for (const file of readdirSync(join(root, 'dist')).sort()) {
  row(
    `bundle: dist/${file}`,
    `${(statSync(join(root, 'dist', file)).size / 1024).toFixed(0)} KiB`,
    '',
    '',
    '',
  );
}
const cliText = readFileSync(join(root, 'dist/cli.js'), 'utf8');
const cliHasOctokit = /octokit|api\.github\.com/i.test(cliText);
row(
  'bundle: dist/cli.js free of Octokit and GitHub API code',
  cliHasOctokit ? 'contains it' : 'free',
  '',
  '',
  'free',
  !cliHasOctokit,
);
const sources = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (path.endsWith('.ts')) sources.push(readFileSync(path, 'utf8'));
  }
};
walk(join(root, 'src'));
const imported = new Set(
  sources.flatMap((text) =>
    [...text.matchAll(/(?:from |import\()'((?:@[^/']+\/)?[^./'][^/']*)/g)].map((m) => m[1]),
  ),
);
const declared = Object.keys(pkg.dependencies ?? {});
const unusedDeclared = declared.filter((d) => !imported.has(d));
row(
  'dependencies declared but imported nowhere in src/',
  unusedDeclared.join(', ') || 'none',
  `${declared.length} declared`,
  '',
  'none',
  unusedDeclared.length === 0,
);
// What the bundles really contain, from ncc's stats of a fresh build of both entries.
const inBundle = new Set();
for (const entry of ['src/index.ts', 'src/cli.ts']) {
  const out = mkdtempSync(join(tmpdir(), 'isms-gate-bench-ncc-'));
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      entry,
      '-o',
      out,
      '--stats-out',
      join(out, 'stats.json'),
      '-q',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  for (const dir of bundledPackageDirs(JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8')))) {
    inBundle.add(licenceNotice(root, dir).name);
  }
  rmSync(out, { recursive: true, force: true });
}
// Everything a used dependency pulls in, from the lock file; a bundled package outside it is dead weight.
const reachable = new Set();
const visit = (name) => {
  if (reachable.has(name)) return;
  reachable.add(name);
  const entry = lock.packages?.[`node_modules/${name}`];
  for (const dep of Object.keys({ ...entry?.dependencies, ...entry?.peerDependencies })) visit(dep);
};
for (const name of declared.filter((d) => imported.has(d))) visit(name);
const listed = readFileSync(join(root, 'dist/licenses.txt'), 'utf8')
  .split('\n')
  .filter((line, i, all) => /^(@[a-z0-9-]+\/)?[a-z0-9][\w.-]*$/.test(line) && (i === 0 || all[i - 1] === ''));
const stray = [...inBundle].filter((name) => !reachable.has(name)).sort();
row(
  'bundled but reachable from no import in src/',
  stray.join(', ') || 'none',
  `${inBundle.size} bundled`,
  '',
  'none',
  stray.length === 0,
);
// Every package whose code ships in dist/ ships its licence notice too, and no other notice does.
const unlisted = [...inBundle].filter((name) => !listed.includes(name)).sort();
const extra = listed.filter((name) => !inBundle.has(name)).sort();
row(
  'bundled packages missing from dist/licenses.txt / listed but not bundled',
  `${unlisted.join(', ') || 'none'} / ${extra.join(', ') || 'none'}`,
  `${listed.length} listed`,
  '',
  'none / none',
  unlisted.length === 0 && extra.length === 0,
);

rmSync(work, { recursive: true, force: true });

// The table.
const headers = ['Measure', 'Value', 'Baseline (same run)', 'Ratio', 'Target', 'Result'];
const table = [
  headers,
  headers.map(() => '---'),
  ...rows.map((r) => [r.measure, r.value, r.baseline, r.ratio, r.target, r.result]),
];
process.stdout.write(`${table.map((cells) => `| ${cells.join(' | ')} |`).join('\n')}\n`);
process.stdout.write(`\nnode ${process.version}, ${process.platform}/${process.arch}\n`);
process.exitCode = rows.some((r) => r.result === 'FAIL') ? 1 : 0;
