import { describe, expect, it } from '@jest/globals';
import type { DocumentSpec } from '../../src/engine/config/plan-scopes.js';
import { DOCUMENT_KINDS, DOCUMENTED_CLAUSES } from '../../src/engine/readiness/documents.js';
import { InputError } from '../../src/engine/errors.js';
import { runGate } from '../../src/engine/pipeline.js';
import type { Settings } from '../../src/engine/settings.js';
import { fakeProbe } from '../helpers/fake-probe.js';

const settings: Settings = {
  standards: ['iso27001'],
  threshold: 0,
  domains: [],
  today: '2026-12-04',
  rules: { 'soa-incomplete': 'off', 'readiness-stage-1': 'error' },
};
const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const doc = (key: string, path: string, line = 1): DocumentSpec => ({
  key,
  path,
  written: path,
  source: { file: '.isms.yml', line },
});
const approved = (on: string, extra = '') =>
  `---\napproved-by: CEO\napproved-on: ${on}\n${extra}---\n# Doc\n`;

describe('documents for readiness', () => {
  it('covers the 13 clauses that require documented information', () => {
    expect(DOCUMENTED_CLAUSES.map((c) => c.id)).toEqual([
      '4.3',
      '5.2',
      '6.1.2',
      '6.1.3',
      '6.2',
      '7.2',
      '8.1',
      '8.2',
      '8.3',
      '9.1',
      '9.2.2',
      '9.3.3',
      '10.2',
    ]);
    expect([...new Set(DOCUMENT_KINDS.map((k) => k.clause))]).toEqual(DOCUMENTED_CLAUSES.map((c) => c.id));
  });

  it('checks presence, approval, draft status and the review period, saying what is missing', () => {
    const probe = fakeProbe(
      {
        'docs/scope.md': approved('2026-02-01', 'status: draft\n'),
        'docs/policy.md': '# Policy without front matter\n',
        'audits/2025.md': approved('2025-06-01'),
        'audits/2026.md': approved('2026-06-01', 'review-period: 3 months\n'),
      },
      { 'docs/policy.md': '2026-05-05' },
    );
    const report = runGate({
      settings,
      controls: [file('c.csv', 'id,status\n5.1,implemented\n')],
      probe,
      documents: [
        doc('scope', 'docs/scope.md'),
        doc('policy', 'docs/policy.md'),
        doc('internal-audit', 'audits/*.md'),
        doc('management-review', 'records/review.md'),
      ],
    });
    const stage1 = report.readiness!.stage1.map((i) => [i.text, i.ok, i.missing]);
    expect(stage1).toEqual([
      ['ISMS scope documented and approved', false, ['docs/scope.md is draft, not approved']],
      [
        'Information security policy published',
        false,
        ['docs/policy.md has no approved-by and approved-on in its front matter'],
      ],
      [
        'Risk assessment completed',
        false,
        ["no `risk-methodology` document in the config's documents", 'no risk register given'],
      ],
      [
        'Statement of Applicability finalized',
        false,
        ['the Statement of Applicability fails clause 6.1.3 d) (see the soa-* findings)'],
      ],
      [
        'Internal audit conducted',
        false,
        ['audits/2026.md was due for review on 2026-09-01 (last 2026-06-01)'],
      ],
      ['Management review completed', false, ['Management review results not found at records/review.md']],
      ['Nonconformities addressed', false, ["no `corrective-actions` document in the config's documents"]],
    ]);
    expect(report.readiness!.documents.find((d) => d.spec.key === 'policy')).toMatchObject({
      reviewed: '2026-05-05',
      reviewedFrom: 'git',
      nextReview: '2027-05-05',
    });
    expect(report.failures.filter((f) => f.rule === 'readiness-stage-1')).toHaveLength(7);
    expect(report.failures[0]!.message).toBe(
      'Stage 1: ISMS scope documented and approved: docs/scope.md is draft, not approved',
    );
  });

  it('reports front matter mistakes with the line they are on', () => {
    const probe = fakeProbe({
      'docs/scope.md': '---\nowner: CISO\napproved-on: 10/02/2026\nreview-period: often\n---\n',
    });
    const run = () =>
      runGate({
        settings,
        controls: [file('c.csv', 'id,status\n5.1,implemented\n')],
        probe,
        documents: [doc('scope', 'docs/scope.md')],
      });
    expect(run).toThrow(InputError);
    try {
      run();
    } catch (error) {
      expect((error as InputError).problems).toEqual([
        {
          file: 'docs/scope.md',
          line: 3,
          message:
            'approved-on "10/02/2026" is not an ISO 8601 date; write it as YYYY-MM-DD (e.g. 2026-03-31)',
        },
        {
          file: 'docs/scope.md',
          line: 4,
          message: 'review-period "often" is not a period (e.g. 12 months, 1 year, 90 days)',
        },
      ]);
    }
  });
});

describe('registers for metrics', () => {
  it('computes audit finding closure and training completion, and flags what is past due', () => {
    const report = runGate({
      settings: { ...settings, rules: { 'soa-incomplete': 'off' } },
      controls: [file('c.csv', 'id,status\n5.1,implemented\n')],
      auditFindings: file(
        'f.csv',
        'id,raised,type,due,status,closed\nF1,2026-01-10,minor,2026-02-01,closed,2026-01-30\nF2,2026-03-01,major,2026-04-01,open,\nF3,2026-09-01,observation,2027-01-01,,\n',
      ),
      training: file(
        't.csv',
        'person,course,due,completed\nann,Awareness,2026-06-30,2026-05-01\nbob,Awareness,2026-06-30,\n',
      ),
    });
    expect(report.metrics).toEqual({
      auditFindings: { total: 3, closed: 1, open: 2, overdue: ['F2'], closureRate: 33.3 },
      training: {
        total: 2,
        completed: 1,
        overdue: 1,
        completionRate: 50,
        courses: [{ course: 'Awareness', total: 2, completed: 1, rate: 50 }],
      },
      since: '2026-01-10',
    });
  });

  it('reports bad register values with their lines', () => {
    const run = () =>
      runGate({
        settings,
        controls: [file('c.csv', 'id,status\n5.1,implemented\n')],
        auditFindings: file('f.csv', 'id,raised,type,status\nF1,yesterday,grave,closed\n'),
      });
    try {
      run();
      throw new Error('expected an InputError');
    } catch (error) {
      expect((error as InputError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
        'f.csv:2: raised date of F1 "yesterday" is not an ISO 8601 date; write it as YYYY-MM-DD (e.g. 2026-03-31)',
        'f.csv:2: type "grave" of F1 is not major, minor, observation or opportunity',
        'f.csv:2: finding F1 is closed but has no closed date',
      ]);
    }
  });
});
