import type { Settings } from '../../src/engine/settings.js';

/** Settings for engine tests: ISO 27001, threshold 80, a fixed today. */
export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    standards: ['iso27001'],
    threshold: 80,
    domains: [],
    today: '2026-12-04',
    rules: {},
    ...overrides,
  };
}
