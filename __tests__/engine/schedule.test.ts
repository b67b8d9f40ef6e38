import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/engine/errors.js';
import {
  appendHistory,
  historyEntry,
  parseHistory,
  renderHistory,
  type HistoryEntry,
} from '../../src/engine/history/history.js';
import { renderTrend } from '../../src/engine/history/render-trend.js';
import { runGate } from '../../src/engine/pipeline.js';
import { choosePeriodIssues, GAP_ISSUE_MARKER, renderGapIssue } from '../../src/engine/schedule/gap-issue.js';
import {
  gapIssueTitle,
  parsePeriodKind,
  periodOf,
  previousPeriod,
} from '../../src/engine/schedule/period.js';
import { fixture } from '../support/files.js';
import { testSettings } from '../support/settings.js';

const entry = (date: string, period: string, percentage: number): HistoryEntry => ({
  date,
  period,
  passed: percentage >= 80,
  standards: [{ standard: 'iso27001', label: 'ISO 27001', percentage, gaps: 10 }],
});

describe('periods', () => {
  it.each([
    ['2026-12-04', 'quarter', '2026-Q4', '2026-Q3'],
    ['2026-01-01', 'quarter', '2026-Q1', '2025-Q4'],
    ['2026-03-31', 'quarter', '2026-Q1', '2025-Q4'],
    ['2026-01-15', 'month', '2026-01', '2025-12'],
    ['2026-10-01', 'month', '2026-10', '2026-09'],
  ] as const)('%s by %s is %s, after %s', (date, kind, id, previous) => {
    const period = periodOf(date, kind);
    expect([period.id, previousPeriod(period).id]).toEqual([id, previous]);
  });

  it('titles the issue and checks the period kind', () => {
    expect(gapIssueTitle(periodOf('2026-12-04', 'quarter'))).toBe('ISMS gap analysis 2026-Q4');
    expect(parsePeriodKind(undefined)).toBe('quarter');
    expect(parsePeriodKind(' Month ')).toBe('month');
    expect(() => parsePeriodKind('week')).toThrow('issue-period "week" is not one of: quarter, month');
  });

  it("finds this period's issue by exact title among marked ones, and the latest earlier one", () => {
    const body = `${GAP_ISSUE_MARKER}\nreport`;
    const q4 = periodOf('2026-12-04', 'quarter');
    const issues = [
      { number: 3, title: 'ISMS gap analysis 2026-Q2', body },
      { number: 7, title: 'ISMS gap analysis 2026-Q3', body },
      { number: 8, title: 'ISMS gap analysis 2026-Q4', body: 'a human wrote this' },
      { number: 9, title: 'ISMS gap analysis 2026-Q4 (draft)', body },
      { number: 10, title: 'ISMS gap analysis 2026-11', body },
    ];
    expect(choosePeriodIssues(issues, q4)).toEqual({ current: undefined, previous: issues[1] });
    const withCurrent = [...issues.slice(0, 2), { number: 12, title: 'ISMS gap analysis 2026-Q4', body }];
    expect(choosePeriodIssues(withCurrent, q4)).toEqual({ current: withCurrent[2], previous: issues[1] });
  });

  it('writes the issue body: marker, title, link to the previous period, trend, full report', () => {
    const report = runGate({
      settings: testSettings(),
      controls: [fixture('examples/healthtech/controls.csv')],
    });
    const body = renderGapIssue({
      report,
      period: periodOf('2026-12-04', 'quarter'),
      previous: { number: 7, title: 'ISMS gap analysis 2026-Q3' },
      trend: '### Trend',
    });
    expect(body.split('\n').slice(0, 10)).toEqual([
      GAP_ISSUE_MARKER,
      '# ISMS gap analysis 2026-Q4',
      '',
      'Gap analysis for 2026-Q4, as of 2026-12-04. This issue is updated by every scheduled run in the period; the next period opens a new one.',
      '',
      'Previous period: #7',
      '',
      '### Trend',
      '',
      '## ✅ isms-gate passed: ISO 27001 89.1% (threshold 80%)',
    ]);
    expect(body).toContain('### Gaps: ISO 27001 (');
  });
});

describe('history', () => {
  it('records the figures of a run', () => {
    const report = runGate({
      settings: testSettings(),
      controls: [fixture('examples/healthtech/controls.csv')],
      risks: fixture('examples/healthtech/risks.csv'),
    });
    const e = historyEntry(report, periodOf('2026-12-04', 'quarter'));
    expect(e).toEqual({
      date: '2026-12-04',
      period: '2026-Q4',
      passed: true,
      standards: [
        {
          standard: 'iso27001',
          label: 'ISO 27001',
          percentage: 89.1,
          gaps: report.standards[0]!.gaps.length,
        },
      ],
      risks: { critical: report.risks!.byLevel.critical, high: report.risks!.byLevel.high },
    });
  });

  it('appends in date order and replaces a rerun on the same date', () => {
    const a = entry('2026-07-01', '2026-Q3', 70);
    const b = entry('2026-10-01', '2026-Q4', 75);
    const text = renderHistory(appendHistory(appendHistory([a], b), entry('2026-10-01', '2026-Q4', 76)));
    expect(text).toBe(`${JSON.stringify(a)}\n${JSON.stringify(entry('2026-10-01', '2026-Q4', 76))}\n`);
    expect(parseHistory(`\n${text}\n`, 'history.jsonl')).toEqual([a, entry('2026-10-01', '2026-Q4', 76)]);
  });

  it('reports every bad line of the history file with its number', () => {
    const text = `${JSON.stringify(entry('2026-07-01', '2026-Q3', 70))}\n{oops\n{"date":"yesterday"}\n`;
    try {
      parseHistory(text, '.isms/history.jsonl');
      throw new Error('expected an InputError');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems.map((p) => [p.file, p.line, p.message.slice(0, 22)])).toEqual([
        ['.isms/history.jsonl', 2, 'not a JSON object: "{o'],
        ['.isms/history.jsonl', 3, 'not a history entry: e'],
      ]);
    }
  });

  it('renders the trend chart and the change since the previous period', () => {
    const entries = [
      entry('2026-04-01', '2026-Q2', 70),
      entry('2026-07-01', '2026-Q3', 75.5),
      entry('2026-08-15', '2026-Q3', 78),
      entry('2026-10-01', '2026-Q4', 81.2),
    ];
    expect(renderTrend(entries)).toBe(
      [
        '### Trend',
        '',
        '- ISO 27001: 78.0% → 81.2% (▲ +3.2 pp) since 2026-Q3 (2026-08-15)',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "Compliance over time (ISO 27001)"',
        '  x-axis ["2026-04-01", "2026-07-01", "2026-08-15", "2026-10-01"]',
        '  y-axis "Compliance %" 0 --> 100',
        '  line [70.0, 75.5, 78.0, 81.2]',
        '```',
      ].join('\n'),
    );
    expect(renderTrend([entry('2026-10-01', '2026-Q4', 81.2)])).toBe(
      '### Trend\n\nFirst recorded period: no earlier figures to compare with.',
    );
    expect(renderTrend([])).toBe('');
  });
});
