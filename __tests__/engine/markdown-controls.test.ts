import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { iso27001 } from '../../src/engine/catalogs/iso27001.js';
import { InputError } from '../../src/engine/errors.js';
import { readMarkdown } from '../../src/engine/load/markdown-table.js';
import { parseControls } from '../../src/engine/validate/parse-controls.js';

const fixture = (name: string) => ({
  path: `isms/soa/${name}`,
  bytes: readFileSync(new URL(`../fixtures/markdown/${name}`, import.meta.url)),
});
const md = (text: string, path = 'isms/soa/x.md') => ({ path, bytes: new TextEncoder().encode(text) });

describe('Markdown controls: sections', () => {
  const { entries, problems } = parseControls([fixture('soa-sections.md')], iso27001);

  it('reads each control section with the line of its heading, and nothing from fences, comments or clauses', () => {
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.status, e.source.line])).toEqual([
      ['5.1', 'implemented', 14],
      ['5.15', 'partial', 25],
      ['8.24', 'not-assessed', 40],
      ['7.1', 'not-applicable', 45],
    ]);
  });

  it('reads fields, checked evidence, pending evidence, inline links and paragraph values', () => {
    const [policies, access, crypto, perimeter] = entries;
    expect(policies).toMatchObject({
      title: 'Policies for information security',
      owner: 'CISO',
      evidence: ['[Information security policy](../../policies/infosec.md)', 'POL-001 v3'],
      pendingEvidence: ['Board approval minutes'],
    });
    expect(access).toMatchObject({
      owner: 'IAM Lead',
      evidence: ['[Access policy](../../policies/access.md)', '[Reviews](../../evidence/reviews/)'],
    });
    expect(crypto).toMatchObject({ title: 'Use of cryptography', undecided: 'status "TBD": not decided' });
    expect(perimeter!.justification).toBe('Fully remote company; no premises of our own.');
  });
});

describe('Markdown controls: tables', () => {
  it('reads GitHub tables with id and status columns, row by row, with escaped bars and emphasis', () => {
    const { entries, problems } = parseControls([fixture('soa-table.md')], iso27001);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.status, e.source.line, e.title])).toEqual([
      ['6.1', 'implemented', 5, 'Screening'],
      ['6.2', 'not-assessed', 6, 'Terms and conditions | employment'],
      ['6.3', 'partial', 7, 'Awareness'],
    ]);
    expect(entries[1]!.undecided).toBe('status "TODO": not decided');
    expect(entries[0]!.evidence).toEqual(['[HR-PROC-003](../../hr/screening.md)']);
  });

  it('ignores tables without an id column', () => {
    const table = readMarkdown(
      '| Version | Date |\n|---|---|\n| 1 | 2026 |\n\n## A.5.1 x\n**Status:** done\n',
      'x.md',
      {
        listKeys: [],
        keyField: 'id',
        valueField: 'status',
        idHeaders: ['id', 'control'],
      },
    );
    expect(table.rows).toEqual([{ line: 5, values: { id: 'A.5.1', title: 'x', Status: 'done' } }]);
  });
});

describe('Markdown controls: mistakes', () => {
  it('reports unknown statuses and ids at the line of the section', () => {
    const { problems } = parseControls(
      [md('## A.5.1 Policies\n\n**Status:** Sorta\n\n## A.5.99 Nope\n**Status:** done\n')],
      iso27001,
    );
    expect(problems.map((p) => [p.line, p.message.split(';')[0]])).toEqual([
      [1, 'unknown status "Sorta" for control 5.1'],
      [5, 'unknown control id "A.5.99" for ISO/IEC 27001:2022 Annex A'],
    ]);
  });

  it('reports a field given twice and a file without any control', () => {
    const { problems } = parseControls(
      [
        md('## A.5.1 Policies\n**Status:** done\n**Status:** partial\n'),
        md('# Nothing here\n\nJust prose.\n', 'isms/soa/empty.md'),
      ],
      iso27001,
    );
    expect(problems).toEqual([
      {
        file: 'isms/soa/x.md',
        line: 3,
        message: 'field "Status" is given twice for control A.5.1 (first at line 2); keep one',
      },
      {
        file: 'isms/soa/empty.md',
        line: 1,
        message:
          'no records found in this Markdown file: expected sections such as "## A.5.1 Policies" followed by "**Status:** Implemented" lines, or a table with an id column',
      },
    ]);
  });

  it('lets applicability TBD make the control undecided even with a status', () => {
    const { entries } = parseControls(
      [md('## A.8.1 Endpoints\n**Applicable:** TBD\n**Status:** Implemented\n')],
      iso27001,
    );
    expect(entries[0]).toMatchObject({ status: 'not-assessed', undecided: 'applicable "TBD": not decided' });
  });

  it('throws nothing for a TBD status in a CSV either', () => {
    expect(() =>
      parseControls([{ path: 'c.csv', bytes: new TextEncoder().encode('id,status\n5.1,TBD\n') }], iso27001),
    ).not.toThrow(InputError);
    const { entries } = parseControls(
      [{ path: 'c.csv', bytes: new TextEncoder().encode('id,status\n5.1,TBD\n') }],
      iso27001,
    );
    expect(entries[0]!.undecided).toBe('status "TBD": not decided');
  });
});
