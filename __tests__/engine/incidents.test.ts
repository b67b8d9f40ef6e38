import { describe, expect, it } from '@jest/globals';
import { addBusinessDays } from '../../src/engine/dates.js';
import { formatDuration } from '../../src/engine/evaluate/incidents/clocks.js';
import { InputError } from '../../src/engine/errors.js';
import { runGate } from '../../src/engine/pipeline.js';
import type { Settings } from '../../src/engine/settings.js';

const settings: Settings = {
  standards: ['iso27001'],
  threshold: 0,
  domains: [],
  today: '2026-12-04',
  rules: { 'soa-incomplete': 'off' },
};
const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const controls = file('c.csv', 'id,status\n5.1,implemented\n');
const HEADER =
  'id,severity,detected,logged,responded,resolved,post-incident report,phi,personal data,notified';

function findings(rows: string[], extra: Partial<Settings> = {}) {
  const report = runGate({
    settings: { ...settings, ...extra },
    controls: [controls],
    incidents: file('incidents.csv', [HEADER, ...rows].join('\n')),
  });
  return [...report.failures, ...report.warnings].map((f) => `${f.rule}: ${f.message}`);
}

describe('incident logging: within 15 minutes of detection', () => {
  it('accepts exactly 15 minutes and flags 15 minutes and 1 second', () => {
    expect(
      findings(['INC-1,low,2026-03-02T09:00:00Z,2026-03-02T09:15:00Z,2026-03-02T09:20:00Z,,,no,no,']),
    ).toEqual([]);
    expect(
      findings(['INC-2,low,2026-03-02T09:00:00Z,2026-03-02T09:15:01Z,2026-03-02T09:20:00Z,,,no,no,']),
    ).toEqual([
      'incident-logging-time: incident INC-2 (low): logged 15 min 1 s after detection, after the deadline 2026-03-02T09:15:00Z; logging is due within 15 min of detection',
    ]);
  });

  it('compares instants across time zones', () => {
    expect(
      findings(['INC-3,low,2026-03-02T10:00:00+01:00,2026-03-02T09:10:00Z,2026-03-02 09:20,,,no,no,']),
    ).toEqual([]);
  });
});

describe('incident response times', () => {
  it('gives High exactly 1 h, and flags 1 h + 1 s', () => {
    expect(
      findings(['INC-4,high,2026-03-02T09:00:00Z,2026-03-02T09:05:00Z,2026-03-02T10:00:00Z,,,no,no,']),
    ).toEqual([]);
    expect(
      findings(['INC-5,high,2026-03-02T09:00:00Z,2026-03-02T09:05:00Z,2026-03-02T10:00:01Z,,,no,no,']),
    ).toEqual([
      'incident-response-time: incident INC-5 (high): first response 1 h 0 min 1 s after detection, after the deadline 2026-03-02T10:00:00Z; a high incident needs a response within 1 h',
    ]);
  });

  it('gives Medium 4 h and Low 24 h, and Critical 0 h unless configured', () => {
    expect(
      findings(['INC-6,medium,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,2026-03-02T13:00:00Z,,,no,no,']),
    ).toEqual([]);
    expect(
      findings(['INC-7,low,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,2026-03-03T09:00:01Z,,,no,no,']),
    ).toHaveLength(1);
    const critical = 'INC-8,critical,2026-03-02T09:00:00Z,2026-03-02T09:01:00Z,2026-03-02T09:10:00Z,,,no,no,';
    expect(findings([critical])).toEqual([
      'incident-response-time: incident INC-8 (critical): first response 10 min after detection, after the deadline 2026-03-02T09:00:00Z; a critical incident needs a response within 0 s',
    ]);
    expect(findings([critical], { incidentResponse: { critical: 15 * 60 } })).toEqual([]);
  });

  it('flags a missing response only once its deadline has passed', () => {
    expect(findings(['INC-9,low,2026-12-04T09:00:00Z,2026-12-04T09:00:00Z,,,,no,no,'])).toEqual([]);
    expect(findings(['INC-10,low,2026-12-02T09:00:00Z,2026-12-02T09:00:00Z,,,,no,no,'])).toEqual([
      'incident-response-time: incident INC-10 (low): first response not recorded; due by 2026-12-03T09:00:00Z; a low incident needs a response within 1 d',
    ]);
  });
});

describe('post-incident report: within 5 business days of resolution', () => {
  it('counts business days over a weekend', () => {
    // Friday 2026-03-06 + 5 business days = Friday 2026-03-13.
    expect(addBusinessDays('2026-03-06', 5)).toBe('2026-03-13');
    expect(addBusinessDays('2026-03-07', 5)).toBe('2026-03-13');
    expect(addBusinessDays('2026-03-06', 5, new Set(['2026-03-09']))).toBe('2026-03-16');
    const row = (report: string) =>
      `INC-11,low,2026-03-06T08:00:00Z,2026-03-06T08:05:00Z,2026-03-06T09:00:00Z,2026-03-06T16:00:00Z,${report},no,no,`;
    expect(findings([row('2026-03-13')])).toEqual([]);
    expect(findings([row('2026-03-16')])).toEqual([
      'incident-report-time: incident INC-11 (low): post-incident report on 2026-03-16 (resolved 2026-03-06), after the deadline 2026-03-13; the post-incident report is due within 5 business days of resolution',
    ]);
    expect(findings([row('2026-03-16')], { holidays: ['2026-03-09'] })).toEqual([]);
  });

  it('flags a report that is missing after its due date', () => {
    expect(
      findings([
        'INC-12,low,2026-11-20T08:00:00Z,2026-11-20T08:05:00Z,2026-11-20T09:00:00Z,2026-11-20T16:00:00Z,,no,no,',
      ]),
    ).toEqual([
      'incident-report-time: incident INC-12 (low): post-incident report not recorded; due by 2026-11-27; the post-incident report is due within 5 business days of resolution',
    ]);
  });
});

describe('breach notification clocks', () => {
  const base =
    'INC-13,high,2026-03-02T09:00:00Z,2026-03-02T09:05:00Z,2026-03-02T09:30:00Z,2026-03-03T09:00:00Z,2026-03-05';
  it('gives individuals 60 days under HIPAA and the authority 72 hours under GDPR', () => {
    expect(findings([`${base},yes,no,2026-05-01T12:00:00Z`])).toEqual([]);
    expect(findings([`${base},yes,no,2026-05-02T12:00:00Z`])).toEqual([
      'incident-notification-time: incident INC-13 (high): individuals notified on 2026-05-02 (detected 2026-03-02), after the deadline 2026-05-01; PHI was involved: HIPAA requires notifying individuals within 60 days of discovery',
    ]);
    expect(findings([`${base},no,yes,2026-03-05T09:00:00Z`])).toEqual([]);
    expect(findings([`${base},no,yes,2026-03-05T09:00:01Z`])).toEqual([
      'incident-notification-time: incident INC-13 (high): authority notified 3 d 0 h 0 min 1 s after detection, after the deadline 2026-03-05T09:00:00Z; personal data was involved: GDPR requires notifying the authority within 72 hours',
    ]);
    expect(findings([`${base},no,no,`])).toEqual([]);
  });
});

describe('incident register mistakes', () => {
  it('reports every bad value with its line', () => {
    const run = () =>
      runGate({
        settings,
        controls: [controls],
        incidents: file(
          'incidents.csv',
          [
            HEADER,
            'INC-1,urgent,2026-03-02T09:00:00Z,,,,,no,no,',
            'INC-2,low,2026-03-02,,,,,maybe,no,',
            'INC-3,low,2026-03-02T09:00:00Z,2026-03-02T08:59:00Z,,,,no,no,',
            'INC-3,low,2026-03-02T09:00:00Z,,,,,no,no,',
          ].join('\n'),
        ),
      });
    expect(run).toThrow(InputError);
    try {
      run();
    } catch (error) {
      expect((error as InputError).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
        '2: severity "urgent" of INC-1 is not critical, high, medium or low',
        '3: detected time of INC-2 "2026-03-02" is not an ISO 8601 date and time; add the time of day (e.g. 2026-03-06T14:05:00Z or 2026-03-06 14:05+01:00)',
        '3: PHI involved of INC-2 "maybe" is not yes or no',
        '4: logged time of INC-3 (2026-03-02T08:59:00Z) is before its detection (2026-03-02T09:00:00Z)',
        '5: duplicate incident id "INC-3": already used at line 4',
      ]);
    }
  });

  it('formats durations exactly', () => {
    expect([0, 59, 60, 900, 901, 3601, 90000].map(formatDuration)).toEqual([
      '0 s',
      '59 s',
      '1 min',
      '15 min',
      '15 min 1 s',
      '1 h 0 min 1 s',
      '1 d 1 h',
    ]);
  });
});
