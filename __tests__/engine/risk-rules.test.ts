import { describe, expect, it } from '@jest/globals';
import { RULES } from '../../src/engine/decide/rules/index.js';
import { InputError } from '../../src/engine/errors.js';
import { findings, gate, oneRisk } from './helpers.js';

const HIGH = { likelihood: '3', impact: '5' }; // 15
const CRITICAL = { likelihood: '4', impact: '5' }; // 20
const MEDIUM = { likelihood: '3', impact: '4' }; // 12

describe('treatment-deadline (Critical 7, High 30 days from identified)', () => {
  const high = oneRisk({
    ...HIGH,
    identified: '2026-11-01',
    treatment: 'mitigate',
    owner: 'Ann',
    due: '2027-01-01',
  });

  it('passes on the deadline day itself', () => {
    expect(findings(gate(high, { today: '2026-12-01' }), 'treatment-deadline')).toEqual([]);
  });

  it('fails the day after the deadline when there is no plan', () => {
    const report = gate(high, { today: '2026-12-02' });
    expect(findings(report, 'treatment-deadline')).toEqual([
      'High risk R1 (score 15) has no treatment plan 1 day after its deadline 2026-12-01 (30 days from identified 2026-11-01) @ 2',
    ]);
    expect(report.passed).toBe(false);
  });

  it('counts 7 days for a Critical risk', () => {
    const critical = oneRisk({
      ...CRITICAL,
      identified: '2026-11-26',
      treatment: 'mitigate',
      owner: 'A',
      due: '2027-01-01',
    });
    expect(findings(gate(critical, { today: '2026-12-03' }), 'treatment-deadline')).toEqual([]);
    expect(findings(gate(critical, { today: '2026-12-04' }), 'treatment-deadline')).toHaveLength(1);
  });

  it('takes its days from settings', () => {
    expect(
      findings(gate(high, { today: '2026-11-12', treatmentDays: { high: 10 } }), 'treatment-deadline'),
    ).toEqual([
      'High risk R1 (score 15) has no treatment plan 1 day after its deadline 2026-11-11 (10 days from identified 2026-11-01) @ 2',
    ]);
  });

  it('is satisfied by a plan, a treated status or a recorded acceptance', () => {
    expect(
      findings(gate(oneRisk({ ...HIGH, identified: '2026-01-01', plan: 'Encrypt' })), 'treatment-deadline'),
    ).toEqual([]);
    expect(
      findings(gate(oneRisk({ ...HIGH, identified: '2026-01-01', status: 'Treated' })), 'treatment-deadline'),
    ).toEqual([]);
    const accepted = oneRisk({
      ...HIGH,
      identified: '2026-01-01',
      treatment: 'accept',
      accepted_by: 'CEO',
      accepted_on: '2026-01-05',
    });
    expect(findings(gate(accepted), 'treatment-deadline')).toEqual([]);
  });

  it("counts from the register's assessed date when a risk has no identified date", () => {
    const yaml = `assessed: 2026-10-01\nrisks:\n  - id: R1\n    likelihood: 3\n    impact: 5\n`;
    expect(findings(gate(yaml, {}, 'risks.yaml'), 'treatment-deadline')).toEqual([
      'High risk R1 (score 15) has no treatment plan 34 days after its deadline 2026-10-31 (30 days from assessed 2026-10-01) @ 3',
    ]);
  });

  it('has no deadline without any date', () => {
    expect(findings(gate(oneRisk(HIGH)), 'treatment-deadline')).toEqual([]);
  });
});

describe('treatment-deadline-medium', () => {
  const medium = oneRisk({ ...MEDIUM, identified: '2026-09-05' });
  it('warns the day after 90 days, not on the 90th', () => {
    expect(findings(gate(medium, { today: '2026-12-04' }), 'treatment-deadline-medium')).toEqual([]);
    const report = gate(medium, { today: '2026-12-05' });
    expect(report.warnings.map((w) => w.rule).filter((r) => r.startsWith('treatment'))).toEqual([
      'treatment-deadline-medium',
    ]);
    expect(report.failures.filter((f) => f.rule.startsWith('treatment'))).toEqual([]);
  });
});

describe('mitigate-incomplete', () => {
  it('names everything missing', () => {
    expect(findings(gate(oneRisk({ ...HIGH, treatment: 'Mitigate' })), 'mitigate-incomplete')).toEqual([
      'High risk R1 (score 15) is to be mitigated but has no owner, treatment plan or due date @ 2',
    ]);
    expect(
      findings(gate(oneRisk({ ...HIGH, treatment: 'modify', owner: 'A', plan: 'P' })), 'mitigate-incomplete'),
    ).toEqual(['High risk R1 (score 15) is to be mitigated but has no due date @ 2']);
  });
  it('passes with owner, plan and due date', () => {
    const full = oneRisk({ ...HIGH, treatment: 'mitigate', owner: 'A', plan: 'P', due: '2027-01-01' });
    expect(findings(gate(full), 'mitigate-incomplete')).toEqual([]);
  });
});

describe('treatment-overdue', () => {
  const risk = (status: string) =>
    oneRisk({ ...HIGH, treatment: 'mitigate', owner: 'Ann', plan: 'P', due: '2026-12-03', status });
  it('is not overdue on the due date', () => {
    expect(findings(gate(risk('in progress'), { today: '2026-12-03' }), 'treatment-overdue')).toEqual([]);
  });
  it('is overdue the day after, with days and owner', () => {
    expect(findings(gate(risk('In_Progress')), 'treatment-overdue')).toEqual([
      'High risk R1 (score 15) is overdue: due 2026-12-03, 1 day ago, status in-progress, owner Ann @ 2',
    ]);
  });
  it.each(['treated', 'Closed', 'accepted'])('is never overdue once %s', (status) => {
    const accepted: Record<string, string> =
      status === 'accepted' ? { accepted_by: 'X', accepted_on: '2026-01-01' } : {};
    const text = oneRisk({
      ...HIGH,
      treatment: 'mitigate',
      owner: 'A',
      plan: 'P',
      due: '2026-01-01',
      status,
      ...accepted,
    });
    expect(findings(gate(text), 'treatment-overdue')).toEqual([]);
  });
});

describe('acceptance-incomplete and acceptance-expired', () => {
  it('requires accepted_by and accepted_on', () => {
    expect(findings(gate(oneRisk({ ...MEDIUM, treatment: 'retain' })), 'acceptance-incomplete')).toEqual([
      "Medium risk R1 (score 12) is accepted without accepted_by and accepted_on; ISO 27001 6.1.3 f) asks for the risk owner's approval @ 2",
    ]);
    expect(
      findings(gate(oneRisk({ ...MEDIUM, status: 'accepted', accepted_by: 'CFO' })), 'acceptance-incomplete'),
    ).toEqual([
      "Medium risk R1 (score 12) is accepted without accepted_on; ISO 27001 6.1.3 f) asks for the risk owner's approval @ 2",
    ]);
  });

  const accepted = oneRisk({
    ...MEDIUM,
    treatment: 'accept',
    accepted_by: 'CFO',
    accepted_on: '2026-01-15',
    acceptance_expires: '2026-12-04',
  });
  it('is valid through its expiry date', () => {
    expect(findings(gate(accepted, { today: '2026-12-04' }), 'acceptance-expired')).toEqual([]);
  });
  it('fails from the next day', () => {
    expect(findings(gate(accepted, { today: '2026-12-05' }), 'acceptance-expired')).toEqual([
      'Medium risk R1 (score 12) has an acceptance that expired on 2026-12-04 (1 day ago, accepted by CFO); renew or treat it @ 2',
    ]);
  });
  it('rejects an expiry before the acceptance as invalid input', () => {
    const text = oneRisk({ ...MEDIUM, accepted_on: '2026-05-01', acceptance_expires: '2026-04-30' });
    expect(() => gate(text)).toThrow(
      'risks.csv:2: acceptance_expires of R1 (2026-04-30) is before accepted_on (2026-05-01)',
    );
  });
});

describe('accept-critical', () => {
  const text = oneRisk({ ...CRITICAL, treatment: 'accept', accepted_by: 'CEO', accepted_on: '2026-11-01' });
  it('fails without the setting', () => {
    expect(findings(gate(text), 'accept-critical')).toEqual([
      'Critical risk R1 (score 20) is accepted; accepting a Critical risk needs the explicit allow-accept-critical setting @ 2',
    ]);
  });
  it('passes with allow-accept-critical', () => {
    expect(findings(gate(text, { allowAcceptCritical: true }), 'accept-critical')).toEqual([]);
  });
  it('does not touch a High risk', () => {
    const high = oneRisk({ ...HIGH, treatment: 'accept', accepted_by: 'CEO', accepted_on: '2026-11-01' });
    expect(findings(gate(high), 'accept-critical')).toEqual([]);
  });
});

describe('residual risk', () => {
  it('is residual likelihood x impact when stated, nested YAML included', () => {
    const yaml =
      'risks:\n  - id: R1\n    likelihood: 3\n    impact: 5\n    controls: [8.5]\n    residual: {likelihood: 1, impact: 5}\n';
    const item = gate(yaml, {}, 'r.yaml').riskReview!.items[0]!;
    expect(item.residual).toEqual({ score: 5, level: 'low', basis: 'stated', likelihood: 1, impact: 5 });
  });

  it('above the inherent score fails', () => {
    const text = oneRisk({ ...MEDIUM, residual_likelihood: '4', residual_impact: '4', controls: '8.5' });
    expect(findings(gate(text), 'residual-above-inherent')).toEqual([
      'Medium risk R1 (score 12) has a residual score 4 x 4 = 16 above its inherent score; check the figures @ 2',
    ]);
    const equal = oneRisk({ ...MEDIUM, residual_likelihood: '4', residual_impact: '3', controls: '8.5' });
    expect(findings(gate(equal), 'residual-above-inherent')).toEqual([]);
  });

  it('lowered without a linked control is a warning', () => {
    const report = gate(oneRisk({ ...MEDIUM, residual_likelihood: '2', residual_impact: '4' }));
    expect(findings(report, 'residual-without-control')).toEqual([
      'Medium risk R1 (score 12) claims a residual score of 8 but links no control that would lower it @ 2',
    ]);
    expect(report.failures).toEqual([]);
  });

  it('is computed as inherent x (1 - mean effectiveness), decimals kept', () => {
    // 8.5 implemented (1) and 8.24 partial (0.5): effectiveness 0.75; 15 x 0.25 = 3.75.
    const item = gate(oneRisk({ ...HIGH, controls: '8.5; 8.24' })).riskReview!.items[0]!;
    expect(item.residual).toEqual({ score: 3.75, level: 'minimal', basis: 'computed', effectiveness: 0.75 });
  });

  it('counts planned, not implemented, not applicable and missing controls as 0', () => {
    // (0.5 + 0 + 0 + 0 + 0) / 5 = 0.1; 20 x 0.9 = 18.
    const item = gate(oneRisk({ ...CRITICAL, controls: '8.24,8.26,8.28,7.1,5.1' })).riskReview!.items[0]!;
    expect(item.residual.score).toBe(18);
    expect(item.residual.effectiveness).toBe(0.1);
  });

  it('is the inherent score without controls, and never below 1', () => {
    expect(gate(oneRisk(MEDIUM)).riskReview!.items[0]!.residual.score).toBe(12);
    expect(gate(oneRisk({ ...MEDIUM, controls: '8.5' })).riskReview!.items[0]!.residual.score).toBe(1);
  });
});

describe('risk-appetite', () => {
  const base = { ...MEDIUM, controls: '8.5', residual_likelihood: '3', residual_impact: '3' }; // residual 9
  it('is off unless set', () => {
    expect(findings(gate(oneRisk(base)), 'risk-appetite')).toEqual([]);
  });
  it('fails a residual above the appetite without acceptance, not one equal to it', () => {
    expect(findings(gate(oneRisk(base), { riskAppetite: 8 }), 'risk-appetite')).toEqual([
      'Medium risk R1 (score 12) has a residual score of 9 (stated) above the risk appetite 8 without a valid acceptance @ 2',
    ]);
    expect(findings(gate(oneRisk(base), { riskAppetite: 9 }), 'risk-appetite')).toEqual([]);
  });
  it('accepts a recorded, unexpired acceptance and rejects an expired one', () => {
    const accepted = { ...base, accepted_by: 'CFO', accepted_on: '2026-01-01' };
    expect(
      findings(
        gate(oneRisk({ ...accepted, acceptance_expires: '2026-12-04' }), { riskAppetite: 8 }),
        'risk-appetite',
      ),
    ).toEqual([]);
    expect(
      findings(
        gate(oneRisk({ ...accepted, acceptance_expires: '2026-12-03' }), { riskAppetite: 8 }),
        'risk-appetite',
      ),
    ).toHaveLength(1);
  });
  it('compares computed residuals with their decimals', () => {
    // 15 x (1 - 0.75) = 3.75 > 3.7
    expect(
      findings(gate(oneRisk({ ...HIGH, controls: '8.5;8.24' }), { riskAppetite: 3.7 }), 'risk-appetite'),
    ).toEqual([
      'High risk R1 (score 15) has a residual score of 3.75 (computed) above the risk appetite 3.7 without a valid acceptance @ 2',
    ]);
  });
});

describe('ineffective-treatment (risk-to-control linkage)', () => {
  it('reports each control that does not work, with its row, on the risk', () => {
    const report = gate(oneRisk({ ...HIGH, controls: '8.5,8.24,8.26,8.28,7.1,5.1' }));
    expect(findings(report, 'ineffective-treatment')).toEqual([
      'High risk R1 (score 15) relies on control 8.26, which is only planned (controls.csv:4): an ineffective treatment @ 2',
      'High risk R1 (score 15) relies on control 8.28, which is not implemented (controls.csv:5): an ineffective treatment @ 2',
      'High risk R1 (score 15) relies on control 7.1, which is marked not applicable (controls.csv:6): an ineffective treatment @ 2',
      'High risk R1 (score 15) relies on control 5.1, which is not assessed (absent from the controls file): an ineffective treatment @ 2',
    ]);
    expect(report.warnings.filter((w) => w.rule === 'ineffective-treatment')).toHaveLength(4);
  });

  it('raises the gaps a High risk relies on above other gaps', () => {
    const report = gate(oneRisk({ ...HIGH, controls: '8.26' }));
    const gaps = report.standards[0]!.gaps;
    expect(gaps[0]).toMatchObject({ id: '8.26', riskLevel: 'high', linkedRisks: ['R1'] });
  });

  it('can be made a failure through settings.rules', () => {
    const report = gate(oneRisk({ ...HIGH, controls: '8.26' }), {
      rules: { 'ineffective-treatment': 'error' },
    });
    expect(report.failures.map((f) => f.rule)).toEqual(['ineffective-treatment']);
    expect(report.passed).toBe(false);
  });
});

describe('risk-review-overdue', () => {
  it('warns the day after the review date', () => {
    expect(findings(gate(oneRisk({ ...HIGH, review_date: '2026-12-04' })), 'risk-review-overdue')).toEqual(
      [],
    );
    expect(findings(gate(oneRisk({ ...HIGH, review_date: '2026-12-01' })), 'risk-review-overdue')).toEqual([
      'High risk R1 (score 15) was due for review on 2026-12-01 (3 days ago) @ 2',
    ]);
  });
});

describe('register validation', () => {
  const problems = (text: string, path = 'risks.csv') => {
    try {
      gate(text, {}, path);
    } catch (error) {
      return (error as InputError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    }
    throw new Error('expected an InputError');
  };

  it('names the field and line of a date that is not ISO 8601', () => {
    expect(problems(oneRisk({ identified: '03/04/2026', accepted_on: '2026-02-30' }))).toEqual([
      'risks.csv:2: identified of R1 "03/04/2026" is not an ISO 8601 date; write it as YYYY-MM-DD (e.g. 2026-03-31)',
      'risks.csv:2: accepted_on of R1 "2026-02-30" is not an ISO 8601 date; write it as YYYY-MM-DD (e.g. 2026-03-31)',
    ]);
  });

  it('rejects an unknown status word and lists the accepted ones', () => {
    const [message] = problems(oneRisk({ status: 'sort of done' }));
    expect(message).toMatch(
      /^risks\.csv:2: unknown status "sort of done" for R1; accepted: open \(open, new/,
    );
  });

  it('needs residual likelihood and impact together, each 1-5', () => {
    expect(problems(oneRisk({ residual_likelihood: '2' }))).toEqual([
      'risks.csv:2: R1 states residual_likelihood alone; give both or neither',
    ]);
    expect(problems(oneRisk({ 'Residual L': '6', 'Residual I': '1' }))).toEqual([
      'risks.csv:2: residual_likelihood of R1 "6" is not a whole number from 1 to 5',
    ]);
  });

  it("reports a malformed register assessed date at the key's line", () => {
    expect(
      problems('# register\nassessed: last week\nrisks:\n  - {id: R1, likelihood: 1, impact: 1}\n', 'r.yaml'),
    ).toEqual([
      'r.yaml:2: assessed "last week" is not an ISO 8601 date; write it as YYYY-MM-DD (e.g. 2026-03-31)',
    ]);
  });

  it('reads tolerant status words and nested acceptance fields', () => {
    const yaml = [
      'risks:',
      '  - id: R1',
      '    likelihood: 2',
      '    impact: 2',
      '    treatment: {option: retain, status: Risk Accepted}',
      '    acceptance: {by: CFO, on: 2026-01-02, expires: 2027-01-02}',
      '',
    ].join('\n');
    const risk = gate(yaml, {}, 'r.yaml').riskReview!.items[0]!;
    expect([
      risk.state,
      risk.risk.acceptedBy,
      risk.risk.acceptedOn,
      risk.risk.acceptanceExpires,
      risk.acceptanceDaysLeft,
    ]).toEqual(['accepted', 'CFO', '2026-01-02', '2027-01-02', 29]);
  });
});

describe('rule registry', () => {
  it('registers every risk rule once, each with a description and a default severity', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toEqual([
      'critical-risk-untreated',
      'compliance-threshold',
      'treatment-deadline',
      'treatment-deadline-medium',
      'mitigate-incomplete',
      'treatment-overdue',
      'acceptance-incomplete',
      'acceptance-expired',
      'accept-critical',
      'residual-above-inherent',
      'residual-without-control',
      'risk-appetite',
      'ineffective-treatment',
      'risk-review-overdue',
      'iso2013-ids',
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
    ]);
    expect(RULES.filter((rule) => rule.description.length < 20)).toEqual([]);
  });
});
