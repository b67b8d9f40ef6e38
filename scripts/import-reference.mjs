// Turns the verified reference facts (JSON) into TypeScript modules under src/engine/catalogs/data/, so the
// catalogs are typed, bundled by ncc and imported the same way in jest, tsc and node without JSON
// import attributes. Run it only when the reference facts change:
//   node scripts/import-reference.mjs <folder holding the reference JSON files>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const files = {
  'iso27001-2022-annexA.json': 'iso27001-annex-a.ts',
  'iso27001-2022-clauses.json': 'iso27001-clauses.ts',
  'iso27002-2022-attributes.json': 'iso27002-attributes.ts',
  'iso27001-2013-to-2022.json': 'iso27001-2013-crosswalk.ts',
  'hipaa-security-rule.json': 'hipaa-security-rule.ts',
};

const from = process.argv[2];
if (!from) {
  console.error('usage: node scripts/import-reference.mjs <reference folder>');
  process.exit(2);
}
for (const [source, target] of Object.entries(files)) {
  const data = JSON.parse(readFileSync(join(from, source), 'utf8'));
  const body =
    `// Imported from the reference facts file ${source} by scripts/import-reference.mjs; do not edit by hand.\n` +
    `const data = ${JSON.stringify(data, null, 2)};\nexport default data;\n`;
  writeFileSync(join('src/engine/catalogs/data', target), body);
}
