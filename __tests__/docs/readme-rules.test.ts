import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { RULES } from '../../src/engine/decide/rules/index.js';

const readme = readFileSync('README.md', 'utf8');
const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));

/** One row as the README writes it, whatever padding the formatter gives the cells. */
const row = (cells: string[]) =>
  new RegExp(
    `^\\|\\s*${cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*\\|\\s*')}\\s*\\|$`,
    'm',
  );

describe('README rules table', () => {
  it('documents every registered rule with its description and default severity, in registry order', () => {
    for (const rule of RULES) {
      expect(table).toMatch(
        row([`\`${rule.id}\``, rule.description.replace(/\|/g, '\\|'), rule.defaultSeverity]),
      );
    }
    const documented = [...table.matchAll(/^\|\s*`([a-z0-9-]+)`/gm)].map((m) => m[1]);
    expect(documented).toEqual(RULES.map((rule) => rule.id));
  });

  it('has every rule once in the registry', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(25);
  });
});
