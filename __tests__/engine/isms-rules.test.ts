import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { RULES } from '../../src/engine/decide/rules/index.js';

const docs = readFileSync(new URL('../../docs/isms.md', import.meta.url), 'utf8');

describe('ISMS rules', () => {
  const ids = [
    'evidence-missing',
    'evidence-stale',
    'soa-exclusion-relied-on',
    'soa-incomplete',
    'incident-logging-time',
    'incident-response-time',
    'incident-report-time',
    'incident-notification-time',
    'readiness-stage-1',
    'readiness-stage-2',
  ];

  it('are registered once each, with a description', () => {
    const registered = RULES.map((r) => r.id);
    expect(new Set(registered).size).toBe(registered.length);
    for (const id of ids) expect(RULES.find((r) => r.id === id)?.description.length).toBeGreaterThan(20);
  });

  it('are documented with their default severity', () => {
    const defaults = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity]));
    // Prettier may pad the table's cells, so the row is matched whatever the spacing.
    for (const id of ids) expect(docs).toMatch(new RegExp(`\\| +\`${id}\` +\\| +${defaults[id]} +\\|`));
  });
});
