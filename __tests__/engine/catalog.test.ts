import { describe, expect, it } from '@jest/globals';
import { iso27001 } from '../../src/engine/catalogs/iso27001.js';
import { parseAnnexAId } from '../../src/engine/catalogs/control-id.js';

describe('ISO 27001:2022 Annex A catalog', () => {
  it('has all 93 controls: 37 organizational, 8 people, 14 physical, 34 technological', () => {
    const count = (theme: string) => iso27001.controls.filter((c) => c.group === theme).length;
    expect(iso27001.controls).toHaveLength(93);
    expect([count('organizational'), count('people'), count('physical'), count('technological')]).toEqual([
      37, 8, 14, 34,
    ]);
  });

  it('carries the five ISO 27002 attribute types on every control', () => {
    const withAttributes = iso27001.controls.filter((c) => Object.keys(c.attributes ?? {}).length === 5);
    expect(withAttributes).toHaveLength(93);
    expect(iso27001.controls.find((c) => c.id === '8.24')?.attributes?.control_type).toEqual(['preventive']);
  });

  it.each([
    ['5.1', '5.1'],
    ['A.5.1', '5.1'],
    ['A5.1', '5.1'],
    ['a.5.01', '5.1'],
    [' Annex A 8.24 ', '8.24'],
    ['A.8.34', '8.34'],
  ])('normalises %j to %j', (raw, id) => {
    expect(iso27001.normalizeId(raw)).toBe(id);
  });

  it.each(['5.38', '9.1', 'A.9.4.2', 'x', ''])('rejects %j', (raw) => {
    expect(iso27001.normalizeId(raw)).toBeUndefined();
  });

  it('parses the id shape without judging existence', () => {
    expect(parseAnnexAId('A.05.038')).toBe('5.38');
  });
});
