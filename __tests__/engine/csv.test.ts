import { describe, expect, it } from '@jest/globals';
import { csvCell, toCsv } from '../../src/engine/render/csv.js';

describe('toCsv', () => {
  it('quotes delimiters, quotes, line breaks and edge spaces, with CRLF rows', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['two\nlines', ' padded'],
          [undefined, 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"two\nlines"," padded"\r\n,3\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', `"'\tcmd"`],
    ['\r=1', `"'\r=1"`],
    ['CISO', 'CISO'],
  ])('defuses a formula: %j -> %s', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('leaves numbers alone, even negative ones', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(true)).toBe('true');
  });
});
