// Writes synthetic ISMS files for the benchmark: realistic column names and values, a fixed
// pseudo-random sequence so every run measures the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STATUSES = ['implemented', 'implemented', 'implemented', 'partial', 'planned', 'not implemented'];
const TREATMENTS = ['Mitigate', 'Mitigate', 'Accept', 'Transfer', 'Avoid'];
const THREATS = [
  'Data breach',
  'Ransomware',
  'Credential theft',
  'Insider misuse',
  'Supplier failure',
  'Phishing',
];

/** A small deterministic generator (mulberry32), so the files are the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A controls file over the given Annex A ids; some notes quoted, with commas and quotes inside, as exports have them. */
export function controlsCsv(ids, seed) {
  const next = random(seed);
  const rows = ids.map((id, i) => {
    const status = STATUSES[Math.floor(next() * STATUSES.length)];
    const notes = i % 4 === 0 ? '"Reviewed by audit, see ""Q3 findings"""' : '';
    return `A.${id},${status},Owner ${i % 17},policies/doc-${i}.md,,2026-0${1 + (i % 9)}-1${i % 10},${notes}`;
  });
  return `control_id,status,owner,evidence,justification,last_reviewed,notes\n${rows.join('\n')}\n`;
}

/**
 * A risk register of `count` risks, a fifth of the plans quoted with a comma inside; likelihood and
 * impact kept below Critical so the gate passes and every rule runs to the end.
 */
export function risksCsv(count, ids, seed) {
  const next = random(seed);
  const lines = ['Risk ID,Asset,Threat,Vulnerability,L,I,Treatment,Plan,Owner,Due,Linked controls'];
  for (let i = 0; i < count; i++) {
    const l = 1 + Math.floor(next() * 4);
    const impact = 1 + Math.floor(next() * 4);
    const control = ids[Math.floor(next() * ids.length)];
    lines.push(
      `R${String(i).padStart(7, '0')},Asset ${i % 503},${THREATS[i % THREATS.length]},Weakness ${i % 97},${l},${impact},${TREATMENTS[i % TREATMENTS.length]},${i % 5 === 0 ? `"Patch, then verify (step ${i % 31})"` : `Plan ${i % 31}`},Team ${i % 23},2027-0${1 + (i % 9)}-15,${control}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `scopes` folders, each with a controls file of every Annex A control and a register of `risksPerScope` risks. */
export function writeIsms(dir, ids, scopes, risksPerScope) {
  const files = [];
  for (let s = 0; s < scopes; s++) {
    const scope = join(dir, `scope-${String(s).padStart(3, '0')}`);
    mkdirSync(scope, { recursive: true });
    const controls = join(scope, 'controls.csv');
    const risks = join(scope, 'risks.csv');
    writeFileSync(controls, controlsCsv(ids, s + 1));
    writeFileSync(risks, risksCsv(risksPerScope, ids, s + 1000));
    files.push({ controls, risks });
  }
  return files;
}
