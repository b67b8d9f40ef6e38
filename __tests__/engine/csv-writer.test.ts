import { describe, expect, it } from '@jest/globals';
import { readCsv } from '../../src/engine/load/csv-table.js';
import { readMarkdownTable } from '../../src/engine/load/markdown-register.js';
import { csvField, toCsv } from '../../src/engine/render/csv.js';
import { cell } from '../../src/engine/render/escape.js';
import { table } from '../../src/engine/render/markdown/table.js';

describe('CSV writer', () => {
  it.each([
    ['=1+1', '"\'=1+1"'],
    ['+SUM(A1)', '"\'+SUM(A1)"'],
    ['-2+3', '"\'-2+3"'],
    ['@cmd', '"\'@cmd"'],
    ['\tx', '"\'\tx"'],
    ['\rx', '"\'\rx"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
  ])('guards %j against formula injection as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('quotes delimiters, quotes, line breaks and edge spaces, and leaves numbers alone', () => {
    expect([
      csvField('a,b'),
      csvField('a;b'),
      csvField('say "hi"'),
      csvField('two\nlines'),
      csvField(' pad'),
      csvField(-5),
      csvField(undefined),
      csvField('plain'),
    ]).toEqual(['"a,b"', '"a;b"', '"say ""hi"""', '"two\nlines"', '" pad"', '-5', '', 'plain']);
  });

  it('writes rows the CSV reader reads back exactly (formula guard aside)', () => {
    const text = toCsv(
      ['id', 'note'],
      [
        ['R1', 'a, "quoted"\nnote'],
        ['R2', undefined],
      ],
    );
    expect(text).toBe('id,note\nR1,"a, ""quoted""\nnote"\nR2,\n');
    expect(readCsv(text, 'x.csv').rows).toEqual([
      { line: 2, values: { id: 'R1', note: 'a, "quoted"\nnote' } },
      { line: 4, values: { id: 'R2', note: '' } },
    ]);
    expect(toCsv(['a'], [['b']], { eol: '\r\n' })).toBe('a\r\nb\r\n');
  });
});

describe('Markdown table reader', () => {
  it('reads the table under the heading naming the records and undoes cell escaping', () => {
    const doc = [
      '# Assessment',
      '',
      '## Assets',
      '',
      table(['id', 'name'], [['A1', 'x']]),
      '',
      '## Risk register',
      '',
      table(['id', 'owner'], [[cell('R1'), cell('@ops | <team> *core_team*')]]),
      '',
    ].join('\n');
    const read = readMarkdownTable(doc, 'r.md', ['risks', 'register']);
    expect(read.headerLine).toBe(11);
    expect(read.rows).toEqual([{ line: 13, values: { id: 'R1', owner: '@ops | <team> *core_team*' } }]);
  });

  it('refuses to guess between several tables', () => {
    const doc = `## A\n\n${table(['x'], [['1']])}\n\n## B\n\n${table(['y'], [['2']])}\n`;
    expect(() => readMarkdownTable(doc, 'r.md', ['risks'])).toThrow(
      '2 Markdown tables and none under a heading naming risks; headings: "A", "B"',
    );
  });
});
