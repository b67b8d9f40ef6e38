// Rewrites the inputs and outputs tables of the action's documentation from action.yml, between
// marker comments, so the documented inputs can never drift from the declared ones. With --check it
// changes nothing and exits 1 when a table is out of date (CI runs it that way).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const DOCS = ['docs/action.md'];
const manifest = parse(readFileSync('action.yml', 'utf8'));

/** One line of table text: no line breaks, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function inputsTable() {
  const rows = Object.entries(manifest.inputs ?? {}).map(([name, input]) => {
    const fallback = input.default === undefined ? '' : `\`${cell(input.default)}\``;
    return `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${fallback} | ${cell(input.description)} |`;
  });
  return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function outputsTable() {
  const rows = Object.entries(manifest.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBetween(text, name, content, file) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: markers ${start} ... ${end} not found`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

const check = process.argv.includes('--check');
let stale = false;
for (const file of DOCS) {
  const before = readFileSync(file, 'utf8');
  let after = replaceBetween(before, 'action-inputs', inputsTable(), file);
  after = replaceBetween(after, 'action-outputs', outputsTable(), file);
  if (after === before) continue;
  if (check) {
    console.error(`${file} is out of date with action.yml; run \`npm run docs\``);
    stale = true;
  } else {
    writeFileSync(file, after);
    console.log(`updated ${file}`);
  }
}
process.exitCode = stale ? 1 : 0;
