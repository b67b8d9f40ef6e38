import { describe, expect, it } from '@jest/globals';
import { runGate } from '../../src/engine/pipeline.js';
import { cell, html, inline } from '../../src/engine/render/escape.js';
import { renderMarkdown } from '../../src/engine/render/markdown/index.js';
import { source } from '../support/files.js';

describe('escaping', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<!-- isms-gate:comment -->', '&lt;!-- isms-gate:comment --&gt;'],
    ['ping @org/team and @alice', 'ping @\u200borg/team and @\u200balice'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['`code` *bold* _em_ ~strike~', '\\`code\\` \\*bold\\* \\_em\\_ \\~strike\\~'],
    ['line one\r\nline two', 'line one line two'],
    ['AT&T', 'AT&amp;T'],
  ])('cell(%j) is %j', (raw, escaped) => {
    expect(cell(raw)).toBe(escaped);
  });

  it('cuts a 10,000-character cell to 200 characters', () => {
    const out = cell('x'.repeat(10_000));
    expect(out).toHaveLength(200);
    expect(out.endsWith('…')).toBe(true);
  });

  it('keeps a backslash from escaping the escape', () => {
    expect(inline('\\|')).toBe('\\\\\\|');
  });

  it('escapes HTML attribute values', () => {
    expect(html(`"><img src=x onerror='a'>`)).toBe('&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;');
  });
});

describe('renderMarkdown', () => {
  it('renders a hostile register without breaking the tables or pinging anyone', () => {
    const controls = source('c.csv', 'id,status,owner\n5.1,yes,\n8.24,no,"@security-team | <b>x</b>"\n');
    const risks = source(
      'r.csv',
      'id,asset,threat,l,i,treatment,owner\n"R<1>","DB|prod","<!-- isms-gate:comment -->",5,5,mitigate,"@cto"\n',
    );
    const report = runGate({
      settings: {
        standards: ['iso27001'],
        threshold: 1,
        domains: ['technological'],
        today: '2026-12-04',
        rules: {},
      },
      controls: [controls],
      risks,
    });
    const markdown = renderMarkdown(report);
    expect(markdown).not.toContain('<!--');
    expect(markdown).not.toMatch(/@(?!\u200b)\w/);
    expect(markdown).toContain(
      '| 1 | 8.24 | Use of cryptography | Not implemented | @\u200bsecurity-team \\| &lt;b&gt;x&lt;/b&gt; |  |',
    );
    expect(markdown).toContain(
      '| R&lt;1&gt; | DB\\|prod | &lt;!-- isms-gate:comment --&gt; |  | 5 | 5 | 25 | 🔴 Critical | Mitigate | @\u200bcto |',
    );
    // Every row of every table has as many cells as its header: no user value split a row.
    const columns = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    let header = 0;
    for (const line of markdown.split('\n')) {
      if (!line.startsWith('|')) header = 0;
      else if (header === 0) header = columns(line);
      else expect(columns(line)).toBe(header);
    }
  });

  it('renders byte for byte the same for the same input', () => {
    const input = {
      settings: { standards: ['iso27001'], threshold: 80, domains: [], today: '2026-12-04', rules: {} },
      controls: [source('c.csv', 'id,status\n5.1,yes\n')],
    };
    expect(renderMarkdown(runGate(input))).toBe(renderMarkdown(runGate(input)));
  });
});
