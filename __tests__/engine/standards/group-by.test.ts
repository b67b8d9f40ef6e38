import { describe, expect, it } from '@jest/globals';
import { parseAttributeType } from '../../../src/engine/catalogs/attributes.js';
import { iso27001 } from '../../../src/engine/catalogs/iso27001.js';
import { renderJson } from '../../../src/engine/render/render-json.js';
import { renderMarkdown } from '../../../src/engine/render/markdown/index.js';
import { csv, gate } from '../../helpers/gate.js';

describe('--group-by', () => {
  it.each([
    ['control-type', 'control_type'],
    ['control_types', 'control_type'],
    ['Control Type', 'control_type'],
    ['security-property', 'information_security_properties'],
    ['information_security_properties', 'information_security_properties'],
    ['cybersecurity-concepts', 'cybersecurity_concepts'],
    ['operational-capability', 'operational_capabilities'],
    ['OPERATIONAL_CAPABILITIES', 'operational_capabilities'],
    ['security-domain', 'security_domains'],
    ['security_domains', 'security_domains'],
  ])('reads %j as %s', (raw, type) => {
    expect(parseAttributeType(raw)).toBe(type);
  });

  it('gives per-value percentages, a control counting under each of its values', () => {
    // Every control implemented except 5.7 (detective, corrective and preventive) not implemented.
    const file = csv(
      'id,status',
      iso27001.controls.map((c) => `${c.id},${c.id === '5.7' ? 'not implemented' : 'implemented'}`),
    );
    const report = gate(file, { standards: ['iso27002'], groupBy: 'control-type' });
    const grouping = report.standards[0]!.grouping!;
    expect(grouping.values.map((v) => [v.value, v.controls, v.percentage])).toEqual([
      ['preventive', 83, 98.8],
      ['detective', 13, 92.3],
      ['corrective', 14, 92.9],
    ]);
    const json = JSON.parse(renderJson(report)) as { standards: { groupBy: { values: unknown[] } }[] };
    expect(json.standards[0]!.groupBy.values[1]).toEqual({
      value: 'detective',
      percentage: 92.3,
      controls: 13,
      applicable: 13,
      counts: {
        implemented: 12,
        partial: 0,
        planned: 0,
        'not-implemented': 1,
        'not-applicable': 0,
        'not-assessed': 0,
      },
    });
    expect(renderMarkdown(report)).toContain('| detective | 13 | **92.3%** | 12 | 0 | 1 | 0 |');
  });
});
