import { describe, expect, it } from '@jest/globals';
import { hipaa, normalizeHipaaId } from '../../../src/engine/catalogs/hipaa.js';
import { InputError } from '../../../src/engine/errors.js';
import { csv, gate } from '../../helpers/gate.js';

const specs = hipaa.controls.filter((c) => c.kind === 'specification');
const standards = hipaa.controls.filter((c) => c.kind === 'standard');

/** Every scored HIPAA entry implemented, with `changes` replacing some rows. */
function hipaaFile(changes: Record<string, string> = {}, header = 'id,status,justification,alternative') {
  const rows = hipaa.controls
    .filter((c) => c.scored !== false)
    .map((c) => changes[c.id] ?? `"${c.id}",implemented,,`);
  return csv(header, rows);
}

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('HIPAA Security Rule catalog', () => {
  it('has 68 entries: 22 standards and 46 specifications, by safeguard 30/12/12/9/5', () => {
    expect(hipaa.controls).toHaveLength(68);
    expect(standards).toHaveLength(22);
    expect(specs).toHaveLength(46);
    const by = (g: string) => hipaa.controls.filter((c) => c.group === g).length;
    expect(['administrative', 'physical', 'technical', 'organizational', 'documentation'].map(by)).toEqual([
      30, 12, 12, 9, 5,
    ]);
  });

  it('flags Required and Addressable as the regulation does', () => {
    expect(specs.filter((c) => c.required === false)).toHaveLength(22);
    expect(specs.filter((c) => c.required === true)).toHaveLength(24);
    expect(standards.every((c) => c.required === true)).toBe(true);
    expect(hipaa.controls.find((c) => c.id === '164.312(a)(2)(iv)')).toMatchObject({
      title: 'Encryption and Decryption',
      required: false,
      parent: '164.312(a)(1)',
      group: 'technical',
    });
  });

  it('scores 53 entries: the 46 specifications and the 7 standards that have none', () => {
    const scored = hipaa.controls.filter((c) => c.scored !== false);
    expect(scored).toHaveLength(53);
    expect(scored.filter((c) => c.kind === 'standard').map((c) => c.id)).toEqual([
      '164.308(a)(2)',
      '164.308(a)(8)',
      '164.310(b)',
      '164.310(c)',
      '164.312(b)',
      '164.312(d)',
      '164.316(a)',
    ]);
  });

  it.each([
    ['164.312(a)(2)(iv)', '164.312(a)(2)(iv)'],
    [' 164.312 (a)(2)(IV) ', '164.312(a)(2)(iv)'],
    ['§ 164.312(a)(2)(iv)', '164.312(a)(2)(iv)'],
    ['45 CFR 164.308(a)(1)(ii)(a)', '164.308(a)(1)(ii)(A)'],
    ['164.308(a)(1)(i)', '164.308(a)(1)'],
    ['164.312(B)', '164.312(b)'],
  ])('reads %j as %j', (raw, id) => {
    expect(normalizeHipaaId(raw)).toBe(id);
  });

  it.each(['164.312(a)(2)(v)', '164.312', '5.15', 'A.9.4.2'])('rejects %j', (raw) => {
    expect(normalizeHipaaId(raw)).toBeUndefined();
  });
});

describe('HIPAA controls file', () => {
  it('scores per safeguard, standards with specifications through them', () => {
    const report = gate(
      hipaaFile({
        '164.312(a)(2)(iv)': '164.312(a)(2)(iv),partial,,',
        '164.310(d)(2)(iii)': '164.310(d)(2)(iii),not implemented,,',
      }),
      { standards: ['hipaa'] },
    );
    const [result] = report.standards;
    expect(result).toMatchObject({
      standard: 'hipaa',
      label: 'HIPAA',
      applicable: 53,
      score: 51.5,
      percentage: 97.2,
    });
    expect(result!.domains.map((d) => [d.domain, d.applicable, d.percentage])).toEqual([
      ['administrative', 23, 100],
      ['physical', 10, 90],
      ['technical', 9, 94.4],
      ['organizational', 7, 100],
      ['documentation', 4, 100],
    ]);
    expect(result!.gaps.map((g) => g.id)).toEqual(['164.310(d)(2)(iii)', '164.312(a)(2)(iv)']);
  });

  it('rejects a Required specification or a standard marked not applicable', () => {
    const error = inputError(() =>
      gate(
        hipaaFile({
          '164.312(a)(2)(i)': '164.312(a)(2)(i),n/a,we have shared accounts,',
          '164.312(d)': '164.312(d),not applicable,,',
        }),
        { standards: ['hipaa'] },
      ),
    );
    expect(error.problems.map((p) => [p.line, p.message])).toEqual([
      [
        35,
        '164.312(a)(2)(i) Unique User Identification is a Required specification: it cannot be not applicable (45 CFR 164.306(d)(2)); only Addressable specifications may be set aside, under 164.306(d)(3)',
      ],
      [
        41,
        '164.312(d) Person or Entity Authentication is a standard: it cannot be not applicable (45 CFR 164.306(d)(2)); only Addressable specifications may be set aside, under 164.306(d)(3)',
      ],
    ]);
  });

  it('lets a Required entry limited to some entities be not applicable with a justification, and only then', () => {
    const ok = gate(
      hipaaFile({ '164.314(b)(2)(i)': '164.314(b)(2)(i),n/a,we are not a group health plan,' }),
      { standards: ['hipaa'] },
    );
    expect(ok.standards[0]!.counts['not-applicable']).toBe(1);
    const error = inputError(() =>
      gate(hipaaFile({ '164.314(b)(2)(i)': '164.314(b)(2)(i),n/a,,' }), { standards: ['hipaa'] }),
    );
    expect(error.problems[0]!.message).toBe(
      '164.314(b)(2)(i) Plan Sponsor Safeguards applies only to group health plans; marking it not applicable needs a justification saying why that condition does not hold (add a "justification" column)',
    );
  });

  it('leaves a documented Addressable exclusion out of the denominator', () => {
    const report = gate(
      hipaaFile({
        '164.312(a)(2)(iii)': '164.312(a)(2)(iii),n/a,kiosks only,"session tokens expire after 5 minutes"',
      }),
      { standards: ['hipaa'] },
    );
    expect(report.standards[0]).toMatchObject({ applicable: 52, percentage: 100 });
    expect(report.standards[0]!.gaps).toEqual([]);
  });

  it('counts an Addressable exclusion missing its rationale or alternative as a gap, not an error', () => {
    const report = gate(
      hipaaFile({
        '164.312(a)(2)(iii)': '164.312(a)(2)(iii),n/a,kiosks only,',
        '164.312(e)(2)(ii)': '164.312(e)(2)(ii),n/a,,',
      }),
      { standards: ['hipaa'] },
    );
    const result = report.standards[0]!;
    expect(result).toMatchObject({ applicable: 53, score: 51, percentage: 96.2 });
    expect(result.gaps.map((g) => [g.id, g.status, g.detail])).toEqual([
      [
        '164.312(a)(2)(iii)',
        'not-implemented',
        'Addressable, marked not applicable without an alternative measure ("alternative" column) (45 CFR 164.306(d)(3))',
      ],
      [
        '164.312(e)(2)(ii)',
        'not-implemented',
        'Addressable, marked not applicable without a rationale ("justification" column) and an alternative measure ("alternative" column) (45 CFR 164.306(d)(3))',
      ],
    ]);
  });

  it('reads the alternative measure from its synonyms', () => {
    const report = gate(
      hipaaFile(
        { '164.312(a)(2)(iii)': '164.312(a)(2)(iii),n/a,kiosks only,badge tap locks screen' },
        'Control ID,Implementation Status,Rationale,Compensating Control',
      ),
      { standards: ['hipaa'] },
    );
    expect(report.standards[0]!.gaps).toEqual([]);
  });

  it('rejects a domain that is not a safeguard, listing the safeguards', () => {
    const error = inputError(() => gate(hipaaFile(), { standards: ['hipaa'], domains: ['access-control'] }));
    expect(error.message).toBe(
      'Unknown domain "access-control" for HIPAA Security Rule (45 CFR 164.308-164.316). Valid domains: safeguard: administrative, physical, technical, organizational, documentation.',
    );
    const technical = gate(hipaaFile(), { standards: ['hipaa'], domains: ['Technical'] });
    expect(technical.standards[0]!.controls).toHaveLength(9);
  });
});
