import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../support/cli.js';

/** The corpus root is the workspace of every run, so messages show paths like `controls/x.csv`. */
const BAD = join(process.cwd(), '__tests__/fixtures/bad');
const VALID_CONTROLS = 'valid/controls.csv';

/**
 * One malformed input: the file (under fixtures/bad), where the message must point (`file:line` or
 * `file:line:column`), the bad value as quoted, and what the message offers as valid.
 */
interface Case {
  file: string;
  at: string;
  value: string;
  valid: string;
}

const CONTROLS: Case[] = [
  {
    file: 'unbalanced-quote.csv',
    at: ':3:1',
    value: '"\\"5.2,partial,CISO..."',
    valid: 'double a quote inside it (`""`)',
  },
  {
    file: 'text-after-closing-quote.csv',
    at: ':3:14',
    value: '"\\"partial\\"l"',
    valid: 'a quote inside it is written twice (`""`)',
  },
  {
    file: 'stray-quote.csv',
    at: ':3:9',
    value: '"part\\""',
    valid: 'quote the whole field and double the inner quote',
  },
  { file: 'formula-id-unquoted.csv', at: ':2:12', value: '"=HYPERLINK(\\""', valid: 'quote the whole field' },
  {
    file: 'ragged-row.csv',
    at: ':3',
    value: 'row has 4 fields but the header (line 1) has 3',
    valid: 'unquoted ","',
  },
  { file: 'ragged-row-tab.tsv', at: ':3', value: 'row has 4 fields', valid: 'unquoted "tab"' },
  {
    file: 'pipe-delimiter.csv',
    at: ':1',
    value: '"control_id|status|owner"',
    valid: 'comma, semicolon or tab',
  },
  { file: 'colon-delimiter.csv', at: ':1', value: '":" as delimiter', valid: 'comma, semicolon or tab' },
  {
    file: 'utf16le-no-bom.csv',
    at: ':1:1',
    value: 'UTF-16 (little-endian) without a byte order mark',
    valid: '"CSV UTF-8" or as UTF-16 with a BOM',
  },
  { file: 'utf16be-no-bom.csv', at: ':1:1', value: 'UTF-16 (big-endian)', valid: '"CSV UTF-8"' },
  {
    file: 'latin1.csv',
    at: ':2:18',
    value: 'byte 0xfc at offset 41',
    valid: 'Save it as "CSV UTF-8" or UTF-16 with a BOM',
  },
  {
    file: 'nul-byte.csv',
    at: ':3:9',
    value: 'NUL byte (\\0)',
    valid: 'remove the byte or export the data again',
  },
  {
    file: 'excel-workbook.csv',
    at: ':1:1',
    value: 'ZIP archive (an Excel .xlsx',
    valid: 'export the data as CSV UTF-8',
  },
  { file: 'png-image.csv', at: ':1:1', value: 'PNG image', valid: 'export the data as CSV UTF-8' },
  {
    file: 'empty.csv',
    at: ':1',
    value: 'file is empty',
    valid: 'expected a header row and at least one record',
  },
  { file: 'whitespace-only.csv', at: ':1', value: 'file is empty', valid: 'expected a header row' },
  { file: 'bom-only.csv', at: ':1', value: 'file is empty', valid: 'expected a header row' },
  { file: 'headers-only.csv', at: ':1', value: 'no control rows', valid: 'headers but no records' },
  {
    file: 'headers-only-bom-semicolon.csv',
    at: ':1',
    value: 'no control rows',
    valid: 'headers but no records',
  },
  { file: 'folder.csv', at: '', value: '"controls/folder.csv" is a folder', valid: 'give a file' },
  {
    file: 'yaml-syntax-error.yaml',
    at: ':6:1',
    value: 'Flow sequence in block collection',
    valid: 'end with a ]',
  },
  {
    file: 'yaml-tab-indent.yaml',
    at: ':3:1',
    value: 'Tabs are not allowed as indentation',
    valid: 'YAML/JSON syntax error',
  },
  {
    file: 'yaml-duplicate-key.yaml',
    at: ':4:5',
    value: 'Map keys must be unique',
    valid: 'YAML/JSON syntax error',
  },
  { file: 'yaml-alias-bomb.yaml', at: ':6', value: 'an alias bomb?', valid: 'write the records out' },
  {
    file: 'yaml-deep-nesting.yaml',
    at: ':3:113',
    value: 'nests more than 100 brackets deep',
    valid: 'records are flat maps of fields',
  },
  {
    file: 'yaml-deep-indentation.yaml',
    at: ':202:201',
    value: 'indented more than 200 columns deep',
    valid: 'records are flat maps of fields',
  },
  {
    file: 'yaml-deep-compact-lists.yaml',
    at: ':2:201',
    value: 'indented more than 200 columns deep',
    valid: 'records are flat maps of fields',
  },
  {
    file: 'yaml-nested-record.yaml',
    at: ':1',
    value: '"notes a a a a a a a"',
    valid: 'residual: {likelihood: 2}',
  },
  {
    file: 'yaml-scalar-list.yaml',
    at: ':1',
    value: 'expected a list of records',
    valid: '"controls" or "items" or "requirements" key',
  },
  {
    file: 'yaml-list-of-scalars.yaml',
    at: ':2',
    value: 'found "5.1"',
    valid: 'expected a record (key: value pairs)',
  },
  {
    file: 'yaml-object-status.yaml',
    at: ':1',
    value: 'unknown status "{\\"toString\\":\\"\\"}"',
    valid: 'accepted words:',
  },
  {
    file: 'json-scalar-root.json',
    at: ':1',
    value: 'expected a list of records',
    valid: '"controls" or "items"',
  },
  {
    file: 'json-syntax-error.json',
    at: ':4:1',
    value: 'Flow sequence must end with a ]',
    valid: 'YAML/JSON syntax error',
  },
  {
    file: 'json-deep-nesting.json',
    at: ':1:101',
    value: 'nests more than 100 brackets deep',
    valid: 'flat maps of fields',
  },
  {
    file: 'json-duplicate-id.json',
    at: ':1',
    value: 'duplicate control 5.1 ("5.1")',
    valid: 'keep one row per control',
  },
  {
    file: 'unknown-status.csv',
    at: ':3',
    value: '"done-ish"',
    valid: 'accepted words: implemented: implemented, yes, done',
  },
  {
    file: 'duplicate-id.csv',
    at: ':3',
    value: '("A.5.1"): already listed at controls/duplicate-id.csv:2',
    valid: 'keep one row per control',
  },
  {
    file: 'id-iso2013-mixed.csv',
    at: ':3',
    value: '"A.9.4.2" is an ISO 27001:2013 id (2022: 8.5)',
    valid: 'use one edition per file',
  },
  { file: 'id-hipaa.csv', at: ':2', value: '"164.312(a)(1)"', valid: 'HIPAA Security Rule citation' },
  { file: 'id-soc2.csv', at: ':2', value: '"CC6.1"', valid: 'SOC 2 Trust Services Criteria id' },
  { file: 'id-out-of-range.csv', at: ':2', value: '"5.99"', valid: 'the nearest valid id is 5.29' },
  {
    file: 'formula-id.csv',
    at: ':2',
    value: '"=HYPERLINK(\\"http://evil.example/steal\\",\\"5.1\\")"',
    valid: 'export the computed values, not formulas',
  },
  {
    file: 'formula-status.csv',
    at: ':2',
    value: '"=IF(B2=1;\\"implemented\\";\\"no\\")"',
    valid: 'accepted words:',
  },
  {
    file: 'formula-dde-status.csv',
    at: ':2',
    value: `"+cmd|' /C calc'!A0"`,
    valid: 'export the computed values, not formulas',
  },
  {
    file: 'na-without-justification.csv',
    at: ':3',
    value: 'control 7.4 is not applicable without a justification',
    valid: 'add a "justification" column',
  },
  { file: 'applicable-not-yes-no.csv', at: ':2', value: '"maybe"', valid: 'is not yes or no' },
  { file: 'applicable-contradicts-status.csv', at: ':2', value: '"implemented"', valid: 'clear one of them' },
  {
    file: 'missing-columns.csv',
    at: ':1',
    value: '"ref_no", "state_of_play", "owner"',
    valid: 'accepted names: id, control_id',
  },
  {
    file: 'missing-status-column.csv',
    at: ':1',
    value: '"control_id", "owner"',
    valid: 'accepted names: status, implementation status',
  },
  { file: 'empty-id.csv', at: ':3', value: 'control id is empty', valid: 'control id is empty' },
  {
    file: 'date-us-format.csv',
    at: ':2',
    value: '"03/04/2026"',
    valid: 'did you mean 2026-03-04 or 2026-04-03?',
  },
  { file: 'date-german-format.csv', at: ':2', value: '"31.12.2026"', valid: 'did you mean 2026-12-31?' },
  { file: 'date-impossible.csv', at: ':2', value: '"2026-02-30"', valid: 'write it as YYYY-MM-DD' },
  {
    file: 'date-excel-serial.csv',
    at: ':2',
    value: '"45744"',
    valid: 'spreadsheet date serial number (2025-03-28?)',
  },
  {
    file: 'date-words.csv',
    at: ':2',
    value: '"March 4 2026"',
    valid: 'write it as YYYY-MM-DD (e.g. 2026-03-31)',
  },
  {
    file: 'markdown-no-table.md',
    at: ':1',
    value: 'no records found in this Markdown file',
    valid: 'or a table with an id column',
  },
  { file: 'markdown-bad-status.md', at: ':5', value: '"sorta"', valid: 'accepted words: implemented' },
  {
    file: 'huge-cell-id.csv',
    at: ':2',
    value: `"${'X'.repeat(77)}..."`,
    valid: 'the nearest valid id is 5.1',
  },
];

const RISKS: Case[] = [
  {
    file: 'likelihood-word.csv',
    at: ':2',
    value: '"three"',
    valid: 'whole number from 1 to 5; write it as a digit (3)',
  },
  { file: 'impact-word.csv', at: ':2', value: '"high"', valid: 'whole number from 1 to 5' },
  { file: 'impact-out-of-range.csv', at: ':2', value: '"6"', valid: 'whole number from 1 to 5' },
  { file: 'likelihood-zero.csv', at: ':2', value: '"0"', valid: 'whole number from 1 to 5' },
  { file: 'likelihood-decimal.csv', at: ':2', value: '"2.5"', valid: 'whole number from 1 to 5' },
  { file: 'likelihood-decimal-comma.csv', at: ':2', value: '"2,5"', valid: 'whole number from 1 to 5' },
  { file: 'likelihood-negative.csv', at: ':2', value: '"-1"', valid: 'whole number from 1 to 5' },
  { file: 'score-mismatch.csv', at: ':2', value: '"16"', valid: 'likelihood x impact is 3 x 5 = 15' },
  { file: 'score-word.csv', at: ':2', value: '"fifteen"', valid: '3 x 5 = 15' },
  {
    file: 'unknown-treatment.csv',
    at: ':2',
    value: '"ignore"',
    valid: 'accepted: mitigate (mitigate, modify',
  },
  { file: 'duplicate-id.csv', at: ':3', value: '"r001": already used at line 2', valid: 'duplicate risk id' },
  { file: 'due-date-day-first.csv', at: ':2', value: '"31/12/2026"', valid: 'did you mean 2026-12-31?' },
  { file: 'due-date-words.csv', at: ':2', value: '"next quarter"', valid: 'write it as YYYY-MM-DD' },
  { file: 'control-iso2013.csv', at: ':2', value: '"A.10.1.1"', valid: 'its 2022 successor is 8.24' },
  {
    file: 'control-hipaa.csv',
    at: ':2',
    value: '"164.312(a)(2)(iv)"',
    valid: 'HIPAA Security Rule citation',
  },
  {
    file: 'missing-columns.csv',
    at: ':1',
    value: '"Risk ID", "Asset", "Threat", "Treatment", "Owner"',
    valid: 'likelihood, l, probability',
  },
  { file: 'empty-id.csv', at: ':2', value: 'risk id is empty', valid: 'risk id is empty' },
  {
    file: 'formula-likelihood.csv',
    at: ':2',
    value: '"=2+1"',
    valid: 'export the computed values, not formulas',
  },
  {
    file: 'unbalanced-quote.csv',
    at: ':2:9',
    value: '"\\"Breach,3,5,Mitigate,DBA..."',
    valid: 'close it, or double a quote',
  },
  {
    file: 'ragged-row.csv',
    at: ':2',
    value: 'row has 8 fields but the header (line 1) has 7',
    valid: 'unquoted ","',
  },
  { file: 'latin1.csv', at: ':2:39', value: 'byte 0xf6 at offset 79', valid: '"CSV UTF-8"' },
  { file: 'utf16le-no-bom.csv', at: ':1:1', value: 'UTF-16 (little-endian)', valid: '"CSV UTF-8"' },
  { file: 'empty.csv', at: ':1', value: 'file is empty', valid: 'expected a header row' },
  { file: 'headers-only.csv', at: ':1', value: 'no risks', valid: 'headers but no records' },
  { file: 'folder.yaml', at: '', value: '"risks/folder.yaml" is a folder', valid: 'give a file' },
  {
    file: 'yaml-syntax-error.yaml',
    at: ':7:1',
    value: 'Sequence item without - indicator',
    valid: 'YAML/JSON syntax error',
  },
  { file: 'yaml-alias-bomb.yaml', at: ':5', value: 'an alias bomb?', valid: 'write the records out' },
  { file: 'yaml-likelihood-word.yaml', at: ':2', value: '"high"', valid: 'whole number from 1 to 5' },
  { file: 'yaml-due-invalid.yaml', at: ':2', value: '"2026-13-01"', valid: 'YYYY-MM-DD' },
  { file: 'json-impact-decimal.json', at: ':1', value: '"5.5"', valid: 'whole number from 1 to 5' },
  { file: 'json-likelihood-boolean.json', at: ':1', value: '"true"', valid: 'whole number from 1 to 5' },
  {
    file: 'json-map-of-numbers.json',
    at: ':1',
    value: '"id", "description"',
    valid: 'likelihood, l, probability',
  },
  {
    file: 'json-deep-nesting.json',
    at: ':1:110',
    value: 'nests more than 100 brackets deep',
    valid: 'flat maps of fields',
  },
];

/** The other file kinds: how each is given to the CLI, then the case as above (`count` problems, default 1). */
interface KindCase extends Case {
  kind: 'incidents' | 'config' | 'catalogs' | 'assets' | 'audit-findings' | 'training';
  count?: number;
}

const ARGS: Record<KindCase['kind'], (path: string) => string[]> = {
  incidents: (path) => ['check', '--controls', VALID_CONTROLS, '--incidents', path],
  config: (path) => ['check', '--config', path],
  catalogs: (path) => ['check', '--controls', VALID_CONTROLS, '--catalog', path],
  assets: (path) => ['risk-assess', '--scope', 'bench', '--assets', path],
  'audit-findings': (path) => ['check', '--controls', VALID_CONTROLS, '--audit-findings', path],
  training: (path) => ['check', '--controls', VALID_CONTROLS, '--training', path],
};

const OTHER_KINDS: KindCase[] = [
  {
    kind: 'incidents',
    file: 'incidents/date-day-first.csv',
    at: ':2',
    value: '"14/01/2026 10:22"',
    valid: 'e.g. 2026-03-06T14:05:00Z',
  },
  {
    kind: 'incidents',
    file: 'incidents/unknown-severity.csv',
    at: ':2',
    value: '"sev-zero"',
    valid: 'is not critical, high, medium or low',
  },
  {
    kind: 'incidents',
    file: 'incidents/resolved-before-detected.csv',
    at: ':2',
    value: '(2026-01-13T09:00:00Z)',
    valid: 'is before its detection (2026-01-14T10:22:00Z)',
  },
  {
    kind: 'incidents',
    file: 'incidents/duplicate-id.csv',
    at: ':3',
    value: '"INC-1"',
    valid: 'already used at line 2',
  },
  {
    kind: 'incidents',
    file: 'incidents/phi-not-yes-no.csv',
    at: ':2',
    value: '"maybe"',
    valid: 'is not yes or no',
  },
  {
    kind: 'incidents',
    file: 'incidents/latin1.csv',
    at: ':2:14',
    value: 'byte 0xf3 at offset 153',
    valid: '"CSV UTF-8"',
  },
  {
    kind: 'incidents',
    file: 'incidents/yaml-syntax-error.yaml',
    at: ':4:1',
    value: 'Flow sequence in block collection',
    valid: 'end with a ]',
  },
  {
    kind: 'incidents',
    file: 'incidents/empty.csv',
    at: ':1',
    value: 'file is empty',
    valid: 'expected a header row',
  },
  {
    kind: 'config',
    file: 'config/yaml-syntax-error.yml',
    at: ':3:1',
    value: 'YAML syntax error: Flow sequence',
    valid: 'end with a ]',
  },
  {
    kind: 'config',
    file: 'config/unknown-key.yml',
    at: ':2',
    value: '"threshhold"',
    valid: 'valid keys: controls, risks',
  },
  {
    kind: 'config',
    file: 'config/threshold-word.yml',
    at: ':2',
    value: '"eighty"',
    valid: 'a number from 0 to 100',
  },
  {
    kind: 'config',
    file: 'config/path-outside.yml',
    at: '',
    value: '"../../../../../../etc/passwd" leaves the workspace',
    valid: 'leaves the workspace',
  },
  {
    kind: 'config',
    file: 'config/list-root.yml',
    at: ':1',
    value: 'the config must be a map',
    valid: '(key: value)',
  },
  {
    kind: 'config',
    file: 'config/alias-bomb.yml',
    at: ':3',
    value: 'standards must be a path or name (text)',
    valid: 'not a list',
  },
  {
    kind: 'config',
    file: 'config/impossible-date.yml',
    at: ':2',
    value: '"2026-02-30"',
    valid: 'is not a date (YYYY-MM-DD)',
  },
  {
    kind: 'config',
    file: 'config/deep-nesting.yml',
    at: ':2:108',
    value: 'nests more than 100 brackets deep',
    valid: 'flat maps of fields',
  },
  {
    kind: 'catalogs',
    file: 'catalogs/duplicate-ids.yaml',
    at: ':10',
    value: '"iam-1"',
    valid: 'already at line 7',
  },
  {
    kind: 'catalogs',
    file: 'catalogs/unknown-group.yaml',
    at: ':9',
    value: '"idenity"',
    valid: 'groups: identity',
  },
  {
    kind: 'catalogs',
    file: 'catalogs/missing-title.yaml',
    at: ':7',
    value: '"IAM-1"',
    valid: 'has no "title"',
  },
  {
    kind: 'catalogs',
    file: 'catalogs/yaml-syntax-error.yaml',
    at: ':4:1',
    value: 'Flow sequence',
    valid: 'YAML/JSON syntax error',
  },
  {
    kind: 'catalogs',
    file: 'catalogs/oscal-truncated.json',
    at: ':1:128',
    value: 'Flow map',
    valid: 'end with a }',
    count: 2,
  },
  {
    kind: 'catalogs',
    file: 'catalogs/oscal-wrong-root.json',
    at: ':1',
    value: '"not-a-catalog"',
    valid: 'allowed keys: id, name',
    count: 4,
  },
  {
    kind: 'catalogs',
    file: 'catalogs/oscal-deep-nesting.json',
    at: '',
    value: 'catalog.groups[0]',
    valid: 'neither "id" nor "title"',
  },
  {
    kind: 'assets',
    file: 'assets/value-word.csv',
    at: ':2',
    value: '"high"',
    valid: 'whole number from 1 to 5',
  },
  {
    kind: 'assets',
    file: 'assets/unknown-type.csv',
    at: ':2',
    value: '"Spaceship"',
    valid: 'accepted: information (information, data',
  },
  {
    kind: 'assets',
    file: 'assets/unknown-classification.csv',
    at: ':2',
    value: '"Top secret"',
    valid: 'accepted: critical (impact 5)',
  },
  {
    kind: 'assets',
    file: 'assets/headers-only.csv',
    at: ':1',
    value: 'no assets',
    valid: 'headers but no rows',
  },
  {
    kind: 'assets',
    file: 'assets/latin1.csv',
    at: ':2:18',
    value: 'byte 0xe9 at offset 58',
    valid: '"CSV UTF-8"',
  },
  {
    kind: 'assets',
    file: 'assets/duplicate-id.csv',
    at: ':3',
    value: '"A001"',
    valid: 'already used at line 2',
  },
  {
    kind: 'audit-findings',
    file: 'registers/audit-findings-date.csv',
    at: ':2',
    value: '"19.09.2026"',
    valid: 'did you mean 2026-09-19?',
  },
  {
    kind: 'audit-findings',
    file: 'registers/audit-findings-type.csv',
    at: ':2',
    value: '"catastrophic"',
    valid: 'is not major, minor, observation or opportunity',
  },
  {
    kind: 'training',
    file: 'registers/training-date.csv',
    at: ':2',
    value: '"yesterday"',
    valid: 'write it as YYYY-MM-DD',
  },
];

/** Every exit-2 run must look like this: one headline, located problems, no trace, nothing written. */
function expectCleanRejection(run: Awaited<ReturnType<typeof runCli>>): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.written.size).toBe(0);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/internal error|TypeError|RangeError|ReferenceError/);
}

describe('the bad-input corpus: every malformed file is exit 2 with a located, quoted, helpful message', () => {
  it('holds at least 60 cases', () => {
    expect(CONTROLS.length + RISKS.length + OTHER_KINDS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CONTROLS)('controls/$file', async ({ file, at, value, valid }) => {
    const path = `controls/${file}`;
    const run = await runCli(['check', '--controls', path, '--output', 'out/report.md'], BAD);
    expectCleanRejection(run);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('isms-gate check: invalid input');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith(`  ${path}${at}: `)).toBe(true);
    expect(lines[1]).toContain(value);
    expect(lines[1]).toContain(valid);
  });

  it.each(RISKS)('risks/$file', async ({ file, at, value, valid }) => {
    const path = `risks/${file}`;
    const run = await runCli(
      ['check', '--controls', VALID_CONTROLS, '--risks', path, '--output', 'out/report.md'],
      BAD,
    );
    expectCleanRejection(run);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('isms-gate check: invalid input');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith(`  ${path}${at}: `)).toBe(true);
    expect(lines[1]).toContain(value);
    expect(lines[1]).toContain(valid);
  });

  it.each(OTHER_KINDS)('$kind: $file', async ({ kind, file, at, value, valid, count = 1 }) => {
    const run = await runCli([...ARGS[kind](file), '--output', 'out/report.md'], BAD);
    expectCleanRejection(run);
    const lines = run.stderr.trimEnd().split('\n');
    const command = kind === 'assets' ? 'risk-assess' : 'check';
    expect(lines[0]).toBe(
      `isms-gate ${command}: ${count === 1 ? 'invalid input' : `${count} problems in the input`}`,
    );
    expect(lines).toHaveLength(1 + count);
    expect(lines[1]!.startsWith(`  ${file}${at}: `)).toBe(true);
    expect(lines[1]).toContain(value);
    expect(lines[1]).toContain(valid);
  });

  it('the valid companions pass, so each case fails for its own file alone', async () => {
    const run = await runCli(
      ['check', '--controls', VALID_CONTROLS, '--risks', 'valid/risks.csv', '--threshold', '0'],
      BAD,
    );
    expect([run.code, run.stderr]).toEqual([0, '']);
  });

  it('names a missing file and the folder it was looked for in', async () => {
    const run = await runCli(['check', '--controls', 'controls/nope.csv', '--output', 'out/r.md'], BAD);
    expectCleanRejection(run);
    expect(run.stderr).toBe(
      `isms-gate check: invalid input\n  controls/nope.csv: controls file not found: "controls/nope.csv" does not exist in ${BAD}\n`,
    );
  });

  it('refuses a path outside the workspace before reading anything', async () => {
    const run = await runCli(['check', '--controls', '../../../package.json'], BAD);
    expectCleanRejection(run);
    expect(run.stderr).toBe(
      'isms-gate check: invalid input\n  --controls: "../../../package.json" leaves the workspace (it resolves to "../../../package.json")\n',
    );
  });

  it('reports every broken file of one run at once, in the order given', async () => {
    const run = await runCli(
      [
        'check',
        '--controls',
        'controls/latin1.csv',
        '--controls',
        'controls/empty.csv',
        '--risks',
        'risks/likelihood-word.csv',
      ],
      BAD,
    );
    expectCleanRejection(run);
    expect(run.stderr.split('\n').map((l) => l.split(': ')[0])).toEqual([
      'isms-gate check',
      '  controls/latin1.csv:2:18',
      '  controls/empty.csv:1',
      '  risks/likelihood-word.csv:2',
      '',
    ]);
  });
});

describe('a 50 MB controls export with a mistake in every row', () => {
  let dir: string;
  let duplicates = 0;
  beforeAll(() => {
    // Generated at run time: 50 MB never belongs in the repository.
    dir = tempDir();
    const fd = openSync(join(dir, 'controls.csv'), 'w');
    writeSync(fd, 'control_id,status,owner\n5.1,implemented,CISO\n');
    const block = '5.1,implemented,Chief Information Security Officer\n'.repeat(10_000);
    for (let written = 0; written < 50 * 1024 * 1024; written += block.length) {
      writeSync(fd, block);
      duplicates += 10_000;
    }
    closeSync(fd);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is exit 2 with the first 100 problems and a count of the rest, not a million lines', async () => {
    const run = await runCli(['check', '--controls', 'controls.csv', '--output', 'report.md'], dir);
    expectCleanRejection(run);
    const lines = run.stderr.trimEnd().split('\n');
    const total = duplicates;
    expect(total).toBeGreaterThan(1_000_000);
    expect(lines[0]).toBe(`isms-gate check: ${total} problems in the input`);
    expect(lines[1]).toBe(
      '  controls.csv:3: duplicate control 5.1 ("5.1"): already listed at controls.csv:2; keep one row per control',
    );
    expect(lines).toHaveLength(102);
    expect(lines[101]).toBe(
      `  ... and ${total - 100} more (${total} in all); fix these and run again to see the rest`,
    );
  }, 120_000);
});

describe('the bundled CLI as users run it (node dist/cli.js)', () => {
  const cli = join(process.cwd(), 'dist/cli.js');
  const cases = [
    ['controls/unbalanced-quote.csv', 'controls/unbalanced-quote.csv:'],
    ['controls/latin1.csv', 'controls/latin1.csv:2:'],
    ['controls/yaml-alias-bomb.yaml', 'controls/yaml-alias-bomb.yaml'],
    ['controls/json-deep-nesting.json', 'controls/json-deep-nesting.json'],
    ['controls/folder.csv', 'controls/folder.csv'],
    ['controls/nope.csv', 'controls/nope.csv'],
  ];

  it.each(cases)('%s: exit 2, the file named, no stack trace, no report written', (path, where) => {
    expect(existsSync(cli)).toBe(true);
    const result = spawnSync(process.execPath, [cli, 'check', '--controls', path, '--output', 'out/r.md'], {
      cwd: BAD,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`  ${where}`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(BAD, 'out'))).toBe(false);
  });

  it('answers a bad flag value with one line and exit 2, no stack trace', () => {
    const result = spawnSync(process.execPath, [cli, 'check', '--threshold', 'lots', '--controls', 'x.csv'], {
      cwd: BAD,
      encoding: 'utf8',
    });
    expect([result.status, result.stdout, result.stderr]).toEqual([
      2,
      '',
      'isms-gate check: invalid input\n  --threshold "lots" is not a number from 0 to 100\n',
    ]);
  });
});
