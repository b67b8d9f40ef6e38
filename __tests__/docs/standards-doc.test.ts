import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { renderStandardsReference } from '../../src/engine/render/render-standards-reference.js';

const PATH = 'docs/standards.md';
const START =
  '<!-- generated from the catalog data: do not edit by hand (UPDATE_DOCS=1 npm test rewrites it) -->\n';
const END = '<!-- reference:end -->';

/** Table layout as prettier pads it (aligned columns, long rules) compared as generated. */
const layout = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---').trimEnd())
    .join('\n');

describe('docs/standards.md', () => {
  it('holds the reference tables exactly as the catalog data generates them', () => {
    const text = readFileSync(PATH, 'utf8');
    const start = text.indexOf(START) + START.length;
    const end = text.indexOf(END);
    expect(start).toBeGreaterThan(START.length);
    const expected = `\n${renderStandardsReference()}\n`;
    if (process.env.UPDATE_DOCS === '1')
      writeFileSync(PATH, text.slice(0, start) + expected + text.slice(end));
    else expect(layout(text.slice(start, end))).toBe(layout(expected));
  });

  it('names every topical domain with its controls', () => {
    const text = readFileSync(PATH, 'utf8');
    expect(layout(text)).toContain(
      '| `access-control` | 5.3, 5.15, 5.16, 5.17, 5.18, 8.2, 8.3, 8.4, 8.5, 8.18 |',
    );
    expect(layout(text)).toContain('| `cryptography` | 8.24 |');
  });
});
