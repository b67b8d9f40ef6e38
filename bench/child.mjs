// One measurement in a fresh process, so timings and peak memory belong to one task alone.
// argv: <mode: engine|csv-parse> <build dir> <scopes JSON file>; prints one JSON line.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [mode, build, listFile] = process.argv.slice(2);
const scopes = JSON.parse(readFileSync(listFile, 'utf8'));
const inputs = scopes.map((s) => ({
  controls: { path: 'controls.csv', bytes: readFileSync(s.controls) },
  risks: s.risks ? { path: 'risks.csv', bytes: readFileSync(s.risks) } : undefined,
}));
const inputBytes = inputs.reduce((n, i) => n + i.controls.bytes.length + (i.risks?.bytes.length ?? 0), 0);
const load = (path) => import(pathToFileURL(join(build, path)).href);

let work;
if (mode === 'csv-parse') {
  const { parse } = await import('csv-parse/sync');
  work = () => {
    let records = 0;
    for (const i of inputs) {
      records += parse(i.controls.bytes).length;
      if (i.risks) records += parse(i.risks.bytes).length;
    }
    return records;
  };
} else {
  const { runGate } = await load('src/engine/pipeline.js');
  const { renderJson } = await load('src/engine/render/render-json.js');
  const settings = { standards: ['iso27001'], threshold: 0, domains: [], today: '2026-12-04', rules: {} };
  work = () => {
    let risks = 0;
    for (const i of inputs) {
      const report = runGate({ settings, controls: [i.controls], risks: i.risks });
      risks += report.risks?.items.length ?? 0;
      if (mode === 'engine+json') renderJson(report);
    }
    return risks;
  };
}
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const start = process.hrtime.bigint();
const count = work();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ mode, ms, count, inputBytes, rssBefore, peakRss })}\n`);
