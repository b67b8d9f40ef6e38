import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parse2013Id, parseAnnexAId } from '../../src/engine/catalogs/control-id.js';
import { iso27001 } from '../../src/engine/catalogs/iso27001.js';
import { InputError } from '../../src/engine/errors.js';
import { parse } from 'csv-parse/sync';
import { compareIds } from '../../src/engine/evaluate/compare-ids.js';
import { detectDelimiter, readCsv } from '../../src/engine/load/csv-table.js';
import { splitPlain, splitQuoted } from '../../src/engine/load/csv-split.js';
import { decodeText } from '../../src/engine/load/decode.js';
import { mapHeaders, normalizeHeader } from '../../src/engine/load/headers.js';
import { readTable } from '../../src/engine/load/read-table.js';
import { detectFormat } from '../../src/engine/load/source.js';
import { readStructured } from '../../src/engine/load/structured-table.js';
import { cell, html, inline } from '../../src/engine/render/escape.js';
import {
  parseList,
  parseRuleSeverities,
  parseThreshold,
  parseToday,
} from '../../src/engine/settings-values.js';
import { CONTROL_FIELDS, parseControls } from '../../src/engine/validate/parse-controls.js';
import { parseRisks } from '../../src/engine/validate/parse-risks.js';
import { parseStatus } from '../../src/engine/validate/status.js';
import { parseTreatment } from '../../src/engine/validate/treatment.js';
import { integerIn, isoDate, isProblem, list, text, yesNo } from '../../src/engine/validate/values.js';

const RUNS = { numRuns: 300 };
const SHAPE = { listKeys: ['controls'], keyField: 'id', valueField: 'status' };
const STATUSES = ['implemented', 'partial', 'planned', 'not-implemented', 'not-applicable'];
const TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'];

/** Runs `fn`; a thrown InputError with at least one problem is an accepted outcome, anything else thrown is not. */
function resultOrInputError<T>(fn: () => T): T | InputError {
  try {
    return fn();
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.problems.length).toBeGreaterThan(0);
      for (const problem of error.problems) expect(typeof problem.message).toBe('string');
      return error;
    }
    throw error;
  }
}

/** Text that looks like what spreadsheets export, hostile characters included, so the parsers go deep. */
const csvish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ',',
        ';',
        '\t',
        '"',
        '""',
        '\n',
        '\r\n',
        '\r',
        ' ',
        '|',
        '\u0000',
        '\ufeff',
        '5.1',
        'A.8.24',
      ),
      fc.constantFrom('control_id', 'status', 'implemented', 'n/a', 'justification', '=SUM(A1)', '@team'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'controls:',
        '\n',
        '  ',
        '- ',
        'id: ',
        'status: ',
        '&a ',
        '*a',
        '[',
        ']',
        '{',
        '}',
        ', ',
        '"',
        "'",
      ),
      fc.constantFrom(
        '5.1',
        'implemented',
        '!!binary',
        '? ',
        '---',
        '...',
        '#',
        '|',
        '>',
        '%YAML 1.2',
        '<<: *a',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('loaders: any input gives a result or an InputError, never anything else', () => {
  it('decodeText on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const out = resultOrInputError(() => decodeText(bytes, 'f.csv'));
        if (typeof out === 'string') expect(out.includes('\u0000')).toBe(false);
      }),
      RUNS,
    );
  });

  it('decodeText returns UTF-8 text unchanged apart from a leading BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        fc.pre(!s.includes('\u0000') && !s.startsWith('\ufeff'));
        const bytes = new TextEncoder().encode(s);
        const out = resultOrInputError(() => decodeText(bytes, 'f.csv'));
        // A text of mostly NULs-between-ASCII is UTF-16 by design; any other must come back intact.
        if (typeof out === 'string') expect(out).toBe(s);
      }),
      RUNS,
    );
  });

  it('readCsv on CSV-like text', () => {
    fc.assert(
      fc.property(csvish, (s) => {
        const table = resultOrInputError(() => readCsv(s, 'f.csv'));
        if (!(table instanceof InputError)) {
          for (const row of table.rows) expect(row.line).toBeGreaterThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('readCsv gives each record the line it starts on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('5.1', '8.24', 'x'), fc.nat(2), fc.boolean()), {
          minLength: 1,
          maxLength: 20,
        }),
        (rows) => {
          let textBody = 'id,notes\n';
          let line = 2;
          const expected: number[] = [];
          for (const [id, breaks, blankAfter] of rows) {
            expected.push(line);
            textBody += `${id},"${'a\n'.repeat(breaks)}b"\n`;
            line += 1 + breaks;
            if (blankAfter) {
              textBody += '\n';
              line += 1;
            }
          }
          expect(readCsv(textBody, 'f.csv').rows.map((r) => r.line)).toEqual(expected);
        },
      ),
      RUNS,
    );
  });

  it('the fast CSV readers agree with csv-parse record for record, or step aside', () => {
    const csvText = fc
      .array(fc.constantFrom(',', ';', '"', '""', '\n', '\r', '\r\n', 'a', ' ', 'é', '5.1'), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    let answered = 0;
    fc.assert(
      fc.property(csvText, fc.constantFrom(',', ';'), (t, delimiter) => {
        const fast = t.includes('"') ? splitQuoted(t, delimiter) : splitPlain(t, delimiter);
        if (fast === undefined) return;
        answered++;
        expect(fast).toEqual(parse(t, { delimiter, relax_column_count: true }));
      }),
      { numRuns: 3000 },
    );
    // The fast path must answer most inputs, or it would be no faster.
    expect(answered).toBeGreaterThan(1000);
  });

  it('detectDelimiter and detectFormat are total', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, s) => {
        expect([',', ';', '\t']).toContain(detectDelimiter(s));
        expect(['csv', 'yaml', 'json', 'markdown']).toContain(detectFormat(path, s));
      }),
      RUNS,
    );
  });

  it('readStructured on YAML-like and JSON-like text', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.json()), (s) => {
        resultOrInputError(() => readStructured(s, 'f.yaml', SHAPE));
      }),
      RUNS,
    );
  });

  it('readStructured on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), (value) => {
        resultOrInputError(() => readStructured(JSON.stringify(value), 'f.json', SHAPE));
      }),
      RUNS,
    );
  });

  it('readTable on arbitrary bytes under every extension', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('f.csv', 'f.tsv', 'f.yaml', 'f.json', 'f.md', 'f'),
        fc.oneof(
          fc.uint8Array({ maxLength: 120 }),
          csvish.map((s) => new TextEncoder().encode(s)),
        ),
        (path, bytes) => {
          resultOrInputError(() => readTable({ path, bytes }, SHAPE));
        },
      ),
      RUNS,
    );
  });
});

describe('validators: any file gives entries and problems, never a throw', () => {
  it('parseControls collects problems for anything', () => {
    fc.assert(
      fc.property(fc.oneof(csvish, yamlish), fc.constantFrom('c.csv', 'c.yaml', 'c.json'), (s, path) => {
        const parsed = parseControls([{ path, bytes: new TextEncoder().encode(s) }], iso27001);
        for (const entry of parsed.entries) expect(STATUSES).toContain(entry.status);
        for (const problem of parsed.problems) expect(problem.file).toBe(path);
      }),
      RUNS,
    );
  });

  it('parseRisks on records with arbitrary cells', () => {
    const cellValue = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -3, max: 30 }).map(String));
    fc.assert(
      fc.property(
        fc.array(fc.array(cellValue, { minLength: 6, maxLength: 6 }), { maxLength: 8 }),
        (records) => {
          const body = records.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
          const parsed = parseRisks(
            {
              path: 'r.csv',
              bytes: new TextEncoder().encode(`id,likelihood,impact,treatment,due,controls\n${body}\n`),
            },
            iso27001,
          );
          for (const risk of parsed.entries) {
            expect(risk.score).toBe(risk.likelihood * risk.impact);
            expect(risk.likelihood).toBeGreaterThanOrEqual(1);
            expect(risk.impact).toBeLessThanOrEqual(5);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('normalisers: total, and their results are always valid values', () => {
  it('header mapping', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 12 }), (headers) => {
        for (const h of headers) expect(normalizeHeader(normalizeHeader(h))).toBe(normalizeHeader(h));
        const map = mapHeaders(headers, CONTROL_FIELDS);
        for (const [header, field] of map.fields) {
          expect(headers).toContain(header);
          expect(Object.keys(CONTROL_FIELDS)).toContain(field);
        }
      }),
      RUNS,
    );
  });

  it('control ids: a normalised id exists in the catalog and normalises to itself', () => {
    const ids = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(fc.constantFrom('', 'A', 'a.', 'A.', 'Annex A ', ' A '), fc.nat(40), fc.nat(120))
        .map(([p, a, b]) => `${p}${a}.${String(b).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(ids, (raw) => {
        const id = iso27001.normalizeId(raw);
        if (id !== undefined) {
          expect(iso27001.controls.some((c) => c.id === id)).toBe(true);
          expect(iso27001.normalizeId(id)).toBe(id);
        }
        const shape = parseAnnexAId(raw);
        if (shape !== undefined) expect(shape).toMatch(/^\d{1,2}\.\d{1,3}$/);
        const old = parse2013Id(raw);
        if (old !== undefined) expect(old).toMatch(/^A\.\d{1,2}\.\d{1,2}\.\d{1,2}$/);
      }),
      RUNS,
    );
  });

  it('compareIds orders exactly as the numeric collator does', () => {
    const collator = new Intl.Collator('en', { numeric: true });
    const id = fc.oneof(
      fc
        .tuple(fc.constantFrom('R', 'R-', 'RISK ', 'r', 'A.5.', ''), fc.nat(100_000), fc.nat(3))
        .map(([p, n, pad]) => `${p}${String(n).padStart(pad + 1, '0')}`),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(compareIds(a, b))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('statuses and treatments: a known word or undefined', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (s) => {
        const status = parseStatus(s);
        if (status !== undefined) expect(STATUSES).toContain(status);
        const treatment = parseTreatment(s);
        if (treatment !== undefined) expect(TREATMENTS).toContain(treatment);
      }),
      RUNS,
    );
  });

  it('dates: a real calendar day as YYYY-MM-DD, or a problem quoting the value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.date({ noInvalidDate: true }),
          fc
            .tuple(
              fc.integer({ min: 0, max: 9999 }),
              fc.integer({ min: 0, max: 13 }),
              fc.integer({ min: 0, max: 32 }),
            )
            .map(
              ([y, m, d]) =>
                `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
            ),
        ),
        (value) => {
          const out = isoDate(value, 'due');
          if (out === undefined) return;
          if (isProblem(out)) {
            expect(out.message).toMatch(/^due ".*" is not an ISO 8601 date; write it as YYYY-MM-DD/s);
            return;
          }
          expect(out).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${out}T00:00:00Z`).toISOString().slice(0, 10)).toBe(out);
        },
      ),
      RUNS,
    );
  });

  it('integers: inside the range, or a problem naming the range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.integer(), fc.boolean()), (value) => {
        const out = integerIn(value, 'likelihood', 1, 5);
        if (isProblem(out))
          expect(out.message).toMatch(
            /^likelihood (is missing; expected|".*" is not) a whole number from 1 to 5/s,
          );
        else expect([1, 2, 3, 4, 5]).toContain(out);
      }),
      RUNS,
    );
  });

  it('text, list and yes/no never throw', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const t = text(value);
        if (t !== undefined) expect(t).toBe(t.trim());
        for (const item of list(value)) expect(item).not.toBe('');
        const yes = yesNo(value, 'applicable');
        expect(yes === undefined || typeof yes === 'boolean' || isProblem(yes)).toBe(true);
      }),
      RUNS,
    );
  });

  it('settings values: a value or an InputError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const threshold = resultOrInputError(() => parseThreshold(s));
        if (typeof threshold === 'number') expect(threshold >= 0 && threshold <= 100).toBe(true);
        const today = resultOrInputError(() => parseToday(s));
        if (typeof today === 'string') expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const item of parseList(s)) expect(item).toBe(item.trim());
        resultOrInputError(() => parseRuleSeverities(s));
      }),
      RUNS,
    );
  });
});

/** True when every `|` in `s` is escaped by an odd run of backslashes, so no cell can be split. */
function pipesEscaped(s: string): boolean {
  return [...s.matchAll(/(\\*)\|/g)].every((m) => m[1]!.length % 2 === 1);
}

const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '|',
        '\\',
        '`',
        '<',
        '>',
        '\n',
        '\r',
        '@',
        '@org/team',
        '<!-- isms-gate -->',
        '[x](javascript:a)',
      ),
      fc.constantFrom('<script>', '&lt;', '*', '_', '~', '#', '\u2028', '😀', 'é'),
      fc.string({ maxLength: 5 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('escapers never let table breaks, markup, line breaks or mentions through', () => {
  it.each([
    ['cell', cell],
    ['inline', inline],
  ] as const)('%s', (_name, escape) => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = escape(s);
        expect(out).not.toMatch(/[<>\r\n]/);
        expect(pipesEscaped(out)).toBe(true);
        expect(out).not.toMatch(/@[\w-]/);
        expect(out).not.toContain('<!--');
      }),
      RUNS,
    );
  });

  it('cell keeps at most 200 characters and never half an emoji', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const raw = cell(s.replace(/[\\`*_[\]|~&<>@]/g, ''));
        expect(raw.length).toBeLessThanOrEqual(200);
        expect(raw).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      }),
      RUNS,
    );
  });

  it('html', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = html(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/@[\w-]/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
      RUNS,
    );
  });
});
