import { describe, expect, it } from '@jest/globals';
import {
  badgeColor,
  badgeSpecs,
  parseBadgeThresholds,
  renderShieldsEndpoint,
} from '../../src/engine/badge/badge-spec.js';
import { runGate } from '../../src/engine/pipeline.js';
import { fixture } from '../support/files.js';
import { testSettings } from '../support/settings.js';

describe('badge specs', () => {
  it('parses "90,80" and rejects what is not two ordered percentages', () => {
    expect(parseBadgeThresholds('95, 85%')).toEqual({ green: 95, yellow: 85 });
    expect(parseBadgeThresholds(undefined)).toEqual({ green: 90, yellow: 80 });
    for (const bad of ['80,90', '90', '90,80,70', 'high,low', '120,80']) {
      expect(() => parseBadgeThresholds(bad)).toThrow(
        `badge-thresholds ${JSON.stringify(bad)} is not two percentages "green,yellow" with green >= yellow (e.g. 90,80)`,
      );
    }
  });

  it.each([
    [90, 'green'],
    [89.9, 'yellow'],
    [80, 'yellow'],
    [79.9, 'red'],
  ] as const)('colours %d%% %s at 90,80', (percentage, color) => {
    expect(badgeColor(percentage, { green: 90, yellow: 80 })).toBe(color);
  });

  it('makes one badge per standard and its shields endpoint document', () => {
    const report = runGate({
      settings: testSettings({ standards: ['iso27001', 'iso27002'] }),
      controls: [fixture('examples/healthtech/controls.csv')],
    });
    const specs = badgeSpecs(report, { green: 90, yellow: 80 });
    expect(specs).toEqual([
      { standard: 'iso27001', label: 'ISO 27001', message: '89.1%', color: 'yellow' },
      { standard: 'iso27002', label: 'ISO 27002', message: '89.1%', color: 'yellow' },
    ]);
    expect(renderShieldsEndpoint(specs[0]!)).toBe(
      '{\n  "schemaVersion": 1,\n  "label": "ISO 27001",\n  "message": "89.1%",\n  "color": "yellow"\n}\n',
    );
  });
});
