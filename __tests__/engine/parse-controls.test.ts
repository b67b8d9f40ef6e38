import { describe, expect, it } from '@jest/globals';
import { iso27001 } from '../../src/engine/catalogs/iso27001.js';
import { parseControls } from '../../src/engine/validate/parse-controls.js';
import { fixture, source } from '../support/files.js';

const parse = (...files: Parameters<typeof fixture>[0][]) => parseControls(files.map(fixture), iso27001);

describe('parseControls', () => {
  it('reads an Excel export: BOM, semicolons, CRLF, a quoted field spanning lines, a blank line', () => {
    const { entries, problems } = parse('__tests__/fixtures/controls/excel-bom-semicolon.csv');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.status, e.owner, e.source.line])).toEqual([
      ['5.1', 'implemented', 'CISO', 2],
      ['5.15', 'partial', 'IAM; Lead', 3],
      ['7.1', 'not-applicable', undefined, 6],
    ]);
    expect(entries[2]!.justification).toBe('Fully remote; no premises');
  });

  it('detects tab-separated files and reads `done` and `in-progress`', () => {
    const { entries } = parse('__tests__/fixtures/controls/tabs.tsv');
    expect(entries.map((e) => [e.id, e.status])).toEqual([
      ['5.1', 'implemented'],
      ['8.24', 'partial'],
    ]);
  });

  it('reads YAML lists with their lines, and `applicable: no` as not applicable', () => {
    const { entries, problems } = parse('__tests__/fixtures/controls/controls.yaml');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.status, e.source.line])).toEqual([
      ['5.1', 'implemented', 2],
      ['8.24', 'partial', 5],
      ['7.1', 'not-applicable', 7],
    ]);
  });

  it('reads the YAML map form keyed by control id, and not_implemented with an underscore', () => {
    const { entries } = parse('__tests__/fixtures/controls/map-form.yml');
    expect(entries.map((e) => [e.id, e.status, e.owner ?? null])).toEqual([
      ['5.1', 'implemented', null],
      ['8.24', 'not-implemented', 'Security Engineering'],
    ]);
  });

  it('reads JSON with synonym headers (`control`, `state`)', () => {
    const { entries } = parse('__tests__/fixtures/controls/controls.json');
    expect(entries.map((e) => [e.id, e.status, e.source.line])).toEqual([
      ['5.1', 'implemented', 2],
      ['5.2', 'planned', 3],
    ]);
  });

  it('reports every problem of a file at once, each with its line, the bad value and what is valid', () => {
    const { entries, problems } = parse('__tests__/fixtures/controls/errors.csv');
    expect(entries.map((e) => e.id)).toEqual(['5.1']);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'unknown control id "A.5.38" for ISO/IEC 27001:2022 Annex A; the nearest valid id is 5.37'],
      [
        4,
        expect.stringMatching(
          /^unknown status "sort of" for control 5\.2; accepted words: implemented: implemented, yes, done/,
        ),
      ],
      [
        5,
        'duplicate control 5.1 ("A.5.1"): already listed at __tests__/fixtures/controls/errors.csv:2; keep one row per control',
      ],
      [
        6,
        'control 7.1 is not applicable without a justification; ISO 27001 clause 6.1.3 d) requires one (add a "justification" column)',
      ],
    ]);
    expect(problems.every((p) => p.file === '__tests__/fixtures/controls/errors.csv')).toBe(true);
  });

  it('reports a YAML syntax error with line and column', () => {
    const { problems } = parse('__tests__/fixtures/controls/syntax-error.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '__tests__/fixtures/controls/syntax-error.yaml', line: 4 });
    expect(problems[0]!.message).toMatch(/^YAML\/JSON syntax error: /);
  });

  it('names the headers it found and the accepted names when the id column is missing', () => {
    const { problems } = parseControls([source('c.csv', 'Number,Status\n5.1,yes\n')], iso27001);
    expect(problems).toEqual([
      {
        file: 'c.csv',
        line: 1,
        message:
          'no id column among the headers "Number", "Status"; accepted names: id, control_id, control id, control, ref, reference, control ref, control number, annex a',
      },
    ]);
  });

  it.each([
    ['Control_ID,STATUS\n', 'upper case and underscores'],
    ['\ufeff control id , Implementation Status \n', 'BOM and padding'],
    ['"Control-Id";"implementation_status"\n', 'quoted, semicolons, dash'],
  ])('matches headers whatever their form (%s: %s)', (header) => {
    const delimiter = header.includes(';') ? ';' : ',';
    const { entries, problems } = parseControls(
      [source('h.csv', `${header}A.8.5${delimiter}yes\n`)],
      iso27001,
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.status])).toEqual([['8.5', 'implemented']]);
  });

  it('rejects a row with more fields than the header, naming both lines', () => {
    const { problems } = parseControls([source('r.csv', 'id,status\n5.1,yes,extra\n')], iso27001);
    expect(problems).toEqual([
      {
        file: 'r.csv',
        line: 2,
        message: 'row has 3 fields but the header (line 1) has 2; check for an unquoted "," inside a value',
      },
    ]);
  });

  it('reports duplicates across two files', () => {
    const { problems } = parseControls(
      [source('a.csv', 'id,status\n5.1,yes\n'), source('b.csv', 'id,status\n\n5.1,no\n')],
      iso27001,
    );
    expect(problems).toEqual([
      {
        file: 'b.csv',
        line: 3,
        message: 'duplicate control 5.1 ("5.1"): already listed at a.csv:2; keep one row per control',
      },
    ]);
  });

  it('reports a duplicate of a row that has problems of its own in the same run', () => {
    const { problems } = parseControls(
      [
        source(
          'x.csv',
          'Control ID;Status;Last Reviewed\nA.5.1;Implemented;03/04/2026\nA5.1;Done;2026-01-01\n',
        ),
      ],
      iso27001,
    );
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message.slice(0, 60)}`)).toEqual([
      'x.csv:2: last_reviewed "03/04/2026" is not an ISO 8601 date; write it',
      'x.csv:3: duplicate control 5.1 ("A5.1"): already listed at x.csv:2; k',
    ]);
  });

  it('refuses a Latin-1 file instead of garbling it', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id,status,owner\n5.1,yes,Jos'), 0xe9, 0x0a]);
    const { problems } = parseControls([{ path: 'l.csv', bytes }], iso27001);
    expect(problems[0]).toMatchObject({ file: 'l.csv', line: 2 });
    expect(problems[0]!.message).toMatch(/^file is not valid UTF-8 \(byte 0xe9 at offset 27\)/);
  });
});
