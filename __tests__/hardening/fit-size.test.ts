import { describe, expect, it } from '@jest/globals';
import { COMMENT_MARKER, commentBody, MAX_COMMENT_CHARS } from '../../src/action/sticky-comment.js';
import { runGate } from '../../src/engine/pipeline.js';
import { COMMENT_LIMIT_CHARS, fitToSize, SUMMARY_LIMIT_BYTES } from '../../src/engine/render/fit-size.js';
import { renderMarkdown } from '../../src/engine/render/markdown/index.js';
import { source } from '../support/files.js';

const POINTER = 'The full report is in the job summary.';

describe('fitToSize', () => {
  it('returns a report that fits unchanged', () => {
    const text = '## a\n\n### b\nbody\n';
    expect(fitToSize(text, { limit: text.length, unit: 'chars', pointer: POINTER })).toBe(text);
  });

  it('keeps whole sections and puts the pointer where the rest was', () => {
    const text =
      '## verdict\n\n### One\nfirst\n\n### Two\nsecond section, longer than the room that is left\n';
    expect(fitToSize(text, { limit: 70, unit: 'chars', pointer: POINTER })).toBe(
      '## verdict\n\n### One\nfirst\n\n_The full report is in the job summary._\n',
    );
  });

  it('cuts a single over-long section at a line end and closes its open <details>', () => {
    const text = `### Gaps\n\n<details open><summary>all</summary>\n\n${Array.from({ length: 50 }, (_, i) => `| ${i} |`).join('\n')}\n\n</details>\n`;
    const out = fitToSize(text, { limit: 120, unit: 'chars', pointer: POINTER });
    expect(out).toBe(
      '### Gaps\n\n<details open><summary>all</summary>\n\n| 0 |\n| 1 |\n\n</details>\n\n_The full report is in the job summary._\n',
    );
    expect(out.length).toBeLessThanOrEqual(120);
  });

  it('counts bytes for the job summary, so multi-byte text cannot overflow it', () => {
    const text = `## ✅ ok\n\n${Array.from({ length: 40 }, (_, i) => `### S${i}\n${'🔴'.repeat(10)}`).join('\n\n')}\n`;
    const out = fitToSize(text, { limit: 500, unit: 'bytes', pointer: POINTER });
    expect(new TextEncoder().encode(out).length).toBeLessThanOrEqual(500);
    expect(out.length).toBeLessThan(500);
    expect(out.endsWith(`\n\n_${POINTER}_\n`)).toBe(true);
    expect(out.split('\n### ').length).toBeGreaterThan(2);
  });

  it('names GitHub limits: 65,536 comment characters and 1 MiB of summary', () => {
    expect([COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES, MAX_COMMENT_CHARS]).toEqual([
      65_536, 1_048_576, 65_536,
    ]);
  });
});

describe('a report of 3,000 risks as a pull request comment', () => {
  const risks = [
    'id,asset,threat,l,i,treatment,owner',
    ...Array.from(
      { length: 3000 },
      (_, i) => `R${i},asset ${i},${'threat text '.repeat(8)},3,3,accept,owner ${i}`,
    ),
  ].join('\n');
  const markdown = renderMarkdown(
    runGate({
      settings: { standards: ['iso27001'], threshold: 0, domains: [], today: '2026-12-04', rules: {} },
      controls: [source('c.csv', 'id,status\n5.1,yes\n')],
      risks: source('r.csv', risks),
    }),
  );

  it('is cut at a section boundary within the limit, the marker first and the pointer last', () => {
    expect(markdown.length).toBeGreaterThan(400_000);
    const body = commentBody(markdown);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.startsWith(`${COMMENT_MARKER}\n## `)).toBe(true);
    expect(body.split(COMMENT_MARKER)).toHaveLength(2);
    const pointer = '\n\n_The report is too long for a comment; the full report is in the job summary._\n';
    expect(body.endsWith(pointer)).toBe(true);
    const kept = body.slice(COMMENT_MARKER.length + 1, -pointer.length);
    expect(markdown.startsWith(kept)).toBe(true);
    expect(markdown.slice(kept.length)).toMatch(/^\n+#{2,3} /);
  });

  it('is cut for the job summary at a section boundary within 1 MiB', () => {
    expect(new TextEncoder().encode(markdown).length).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
    const summary = fitToSize(markdown, { limit: SUMMARY_LIMIT_BYTES, unit: 'bytes', pointer: POINTER });
    expect(new TextEncoder().encode(summary).length).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(new TextEncoder().encode(summary).length).toBeGreaterThan(SUMMARY_LIMIT_BYTES / 2);
    const kept = summary.slice(0, -`\n\n_${POINTER}_\n`.length);
    expect(markdown.startsWith(kept)).toBe(true);
    expect(markdown.slice(kept.length)).toMatch(/^\n+#{2,3} /);
  });
});
