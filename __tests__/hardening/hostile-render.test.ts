import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { annotateProblems } from '../../src/action/annotations.js';
import { COMMENT_MARKER, commentBody } from '../../src/action/sticky-comment.js';
import { InputError } from '../../src/engine/errors.js';
import { runGate, type Report } from '../../src/engine/pipeline.js';
import { renderMarkdown } from '../../src/engine/render/markdown/index.js';
import { renderProblems } from '../../src/engine/render/markdown/problems.js';
import { renderJson } from '../../src/engine/render/render-json.js';
import { renderSarif } from '../../src/engine/render/sarif/render-sarif.js';
import { source } from '../support/files.js';

const LONG = 'A'.repeat(10_000);

/** A register whose every text field is an attack on the place it lands. */
const RISKS = [
  'id,asset,threat,vulnerability,l,i,treatment,owner',
  '"R1|x","a | b","`rm -rf /`","<script>alert(1)</script>",5,5,,"@org/team"',
  '"R2","<!-- isms-gate:comment -->","[x](javascript:alert(1))","line one\nline two\n## Fake heading",2,2,accept,"@alice @bob"',
  `R3,${LONG},${LONG},x,1,1,avoid,"<img src=x onerror=alert(1)>"`,
].join('\n');

const CONTROLS =
  'id,status,owner\n5.1,yes,\n8.24,no,"@security-team | <b>x</b> `tick`"\n8.5,partial,"[click](javascript:void 0)"\n';

function hostileReport(): Report {
  return runGate({
    settings: {
      standards: ['iso27001'],
      threshold: 80,
      domains: ['technological'],
      today: '2026-12-04',
      rules: {},
    },
    controls: [source('controls.csv', CONTROLS)],
    risks: source('risks.csv', RISKS),
  });
}

describe('hostile values in the Markdown report: exact bytes, nothing escapes its cell', () => {
  const markdown = renderMarkdown(hostileReport());
  const lines = markdown.split('\n');

  it('a risks-table row with a pipe, backticks, a script tag and a team mention', () => {
    expect(lines.find((l) => l.startsWith('| R1'))).toBe(
      '| R1\\|x | a \\| b | \\`rm -rf /\\` | &lt;script&gt;alert(1)&lt;/script&gt; | 5 | 5 | 25 | 🔴 Critical | **none** | @\u200borg/team |',
    );
  });

  it('a row with the comment marker, a javascript: link and a multi-line value', () => {
    expect(lines.find((l) => l.startsWith('| R2'))).toBe(
      '| R2 | &lt;!-- isms-gate:comment --&gt; | \\[x\\](javascript:alert(1)) | line one line two ## Fake heading | 2 | 2 | 4 | ⚪ Minimal | Accept | @\u200balice @\u200bbob |',
    );
  });

  it('10,000-character cells cut to 200 characters, and an HTML attack in the owner', () => {
    expect(lines.find((l) => l.startsWith('| R3'))).toBe(
      `| R3 | ${'A'.repeat(199)}… | ${'A'.repeat(199)}… | x | 1 | 1 | 1 | ⚪ Minimal | Avoid | &lt;img src=x onerror=alert(1)&gt; |`,
    );
  });

  it('gap rows with a mention, a pipe, markup and a javascript: link in the owner', () => {
    expect(lines.find((l) => l.includes('| 8.24 |'))).toBe(
      '| 1 | 8.24 | Use of cryptography | Not implemented | @\u200bsecurity-team \\| &lt;b&gt;x&lt;/b&gt; \\`tick\\` |  |',
    );
    expect(lines.find((l) => l.includes('| 8.5 |'))).toBe(
      '| 2 | 8.5 | Secure authentication | Partial | \\[click\\](javascript:void 0) |  |',
    );
  });

  it('the failures list quotes a hostile risk id on one line, escaped', () => {
    expect(lines.filter((l) => l.startsWith('- **critical-risk-untreated**'))).toEqual([
      '- **critical-risk-untreated**: Critical risk R1\\|x (score 25) has no treatment (`risks.csv:2`)',
    ]);
  });

  it('as a whole: no raw markup, no marker, no live mention, every table row with its own column count', () => {
    expect(markdown).not.toMatch(/<(?!\/?details|summary|\/summary)/);
    expect(markdown).not.toContain('<!--');
    expect(markdown).not.toMatch(/@(?!\u200b)[\w-]/);
    expect(markdown).not.toMatch(/[^\\]\]\(javascript:/i);
    // Every row of every table has exactly as many cells as its header row.
    let header: number | undefined;
    for (const line of lines) {
      if (!line.startsWith('| ')) {
        header = undefined;
        continue;
      }
      const columns = line.replace(/\\\|/g, '').split('|').length - 2;
      header ??= columns;
      expect(columns).toBe(header);
    }
  });

  it('the sticky comment carries exactly one marker, its first line', () => {
    const body = commentBody(markdown);
    expect(body.indexOf(COMMENT_MARKER)).toBe(0);
    expect(body.split(COMMENT_MARKER)).toHaveLength(2);
  });
});

describe('hostile values in the other places they land', () => {
  it('the JSON report keeps the values exactly and stays valid JSON', () => {
    const json = JSON.parse(renderJson(hostileReport()));
    const r2 = json.risks.items.find((r: { id: string }) => r.id === 'R2');
    expect([r2.asset, r2.threat, r2.vulnerability, r2.owner]).toEqual([
      '<!-- isms-gate:comment -->',
      '[x](javascript:alert(1))',
      'line one\nline two\n## Fake heading',
      '@alice @bob',
    ]);
  });

  it('SARIF carries messages as plain text only (never a markdown field), valid JSON, the marker inert', () => {
    const text = renderSarif({ report: hostileReport() });
    const sarif = JSON.parse(text);
    const results = sarif.runs[0].results as { message: Record<string, string>; ruleId: string }[];
    expect(results.every((r) => Object.keys(r.message).join() === 'text')).toBe(true);
    expect(results.find((r) => r.ruleId === 'critical-risk-untreated')?.message.text).toBe(
      'Critical risk R1|x (score 25) has no treatment',
    );
    expect(text).not.toContain('<!--');
    expect(text.split('\n').every((line) => line.length < 20_000)).toBe(true);
  });

  it('the invalid-input report escapes the quoted value of each problem', () => {
    const error = new InputError([
      {
        file: 'c.csv',
        line: 2,
        message: 'unknown status "<!-- isms-gate:comment --> @org/team | `x`\nnext" for control 5.1',
      },
    ]);
    expect(renderProblems(error.problems)).toBe(
      [
        '## ⛔ isms-gate could not run: 1 problem in the input',
        '',
        '- c.csv:2: unknown status "&lt;!-- isms-gate:comment --&gt; @\u200borg/team \\| \\`x\\` next" for control 5.1',
        '',
        'Fix these and run the gate again; nothing was evaluated.',
        '',
      ].join('\n'),
    );
  });

  describe('annotations (workflow commands)', () => {
    let out: string[];
    let spy: ReturnType<typeof jest.spyOn>;
    beforeEach(() => {
      out = [];
      spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
        out.push(String(chunk));
        return true;
      });
    });
    afterEach(() => spy.mockRestore());

    it('a newline or `::` in a message or a path cannot start a second command', () => {
      annotateProblems(
        [{ file: 'a,b::c.csv', line: 2, message: 'unknown status "x\n::set-output name=passed::true"' }],
        'isms/',
      );
      expect(out.join('')).toBe(
        '::error title=isms-gate,file=isms/a%2Cb%3A%3Ac.csv,line=2::a,b::c.csv:2: unknown status "x%0A::set-output name=passed::true"\n',
      );
    });

    it('a million problems give at most 50 annotations', () => {
      annotateProblems(
        Array.from({ length: 1_000_000 }, (_, i) => ({ file: 'c.csv', line: i + 2, message: 'bad' })),
        '',
      );
      expect(out).toHaveLength(50);
    });
  });
});
