import { describe, expect, it } from '@jest/globals';
import { InputError, type Problem } from '../../src/engine/errors.js';
import { RULES } from '../../src/engine/decide/rules/index.js';
import { runGate } from '../../src/engine/pipeline.js';
import { renderReport } from '../../src/engine/render/index.js';
import { renderSarif } from '../../src/engine/render/sarif/render-sarif.js';
import { renderRun } from '../../src/engine/render/render-run.js';
import { source } from '../support/files.js';
import { testSettings } from '../support/settings.js';

type Json = Record<string, unknown>;

/**
 * The structural requirements of the SARIF 2.1.0 schema for the objects the gate writes: the
 * `required` members, the enumerations and the minimums, checked by hand so the test needs no network.
 */
function sarifViolations(log: Json): string[] {
  const out: string[] = [];
  const need = (obj: unknown, path: string, keys: string[]) => {
    if (typeof obj !== 'object' || obj === null) return void out.push(`${path} is not an object`);
    for (const key of keys) if (!(key in obj)) out.push(`${path}.${key} is required`);
  };
  const message = (m: unknown, path: string) => {
    const msg = (m ?? {}) as Json;
    if (typeof msg.text !== 'string' && typeof msg.id !== 'string') out.push(`${path} needs text or id`);
  };
  need(log, '$', ['version', 'runs']);
  if (log.version !== '2.1.0') out.push('$.version must be "2.1.0"');
  if (!Array.isArray(log.runs)) return [...out, '$.runs must be an array'];
  (log.runs as Json[]).forEach((run, r) => {
    need(run, `runs[${r}]`, ['tool']);
    need(run.tool, `runs[${r}].tool`, ['driver']);
    const driver = (run.tool as Json).driver as Json;
    need(driver, `runs[${r}].tool.driver`, ['name']);
    const rules = (driver.rules ?? []) as Json[];
    const ids = new Set<string>();
    rules.forEach((rule, i) => {
      need(rule, `rules[${i}]`, ['id']);
      if (ids.has(rule.id as string)) out.push(`rules[${i}].id ${String(rule.id)} is not unique`);
      ids.add(rule.id as string);
      for (const key of ['shortDescription', 'fullDescription'])
        if (rule[key] !== undefined && typeof (rule[key] as Json).text !== 'string')
          out.push(`rules[${i}].${key}.text is required`);
      const level = (rule.defaultConfiguration as Json | undefined)?.level;
      if (level !== undefined && !['none', 'note', 'warning', 'error'].includes(level as string))
        out.push(`rules[${i}].defaultConfiguration.level ${String(level)} is not a level`);
    });
    ((run.results ?? []) as Json[]).forEach((result, i) => {
      const at = `results[${i}]`;
      need(result, at, ['message']);
      message(result.message, `${at}.message`);
      if (!['none', 'note', 'warning', 'error', undefined].includes(result.level as string | undefined))
        out.push(`${at}.level ${String(result.level)} is not a level`);
      const index = result.ruleIndex as number | undefined;
      if (index !== undefined && rules[index]?.id !== result.ruleId)
        out.push(`${at}.ruleIndex points elsewhere`);
      for (const [key, value] of Object.entries((result.partialFingerprints ?? {}) as Json))
        if (typeof value !== 'string') out.push(`${at}.partialFingerprints.${key} must be a string`);
      ((result.locations ?? []) as Json[]).forEach((loc, j) => {
        const physical = loc.physicalLocation as Json | undefined;
        if (!physical) return;
        if (!physical.artifactLocation && !physical.address)
          out.push(`${at}.locations[${j}].physicalLocation needs artifactLocation or address`);
        const region = physical.region as Json | undefined;
        if (region && (!Number.isInteger(region.startLine) || (region.startLine as number) < 1))
          out.push(`${at}.locations[${j}].region.startLine must be an integer >= 1`);
      });
    });
  });
  return out;
}

const RISKS = 'id,likelihood,impact,treatment,owner,controls\n';

function sarifOf(controls: string, risks: string, threshold = 80): Json {
  const report = runGate({
    settings: testSettings({ threshold }),
    controls: [source('isms/controls.csv', controls)],
    risks: source('isms/risks.csv', risks),
  });
  return JSON.parse(renderReport(report, 'sarif')) as Json;
}

const results = (log: Json) => (log.runs as Json[])[0]!.results as Json[];
const fingerprints = (log: Json) =>
  Object.fromEntries(
    results(log).map((r) => [
      // Keyed by the message with its figures and line references blanked, as rows move between the logs.
      `${String(r.ruleId)} ${(r.message as Json).text as string}`.replace(/\d+(?:\.\d+)?%?/g, '#'),
      (r.partialFingerprints as Json)['ismsGate/v1'],
    ]),
  );

describe('SARIF', () => {
  const log = sarifOf('id,status\n5.1,yes\n5.2,partial\n8.5,no\n', `${RISKS}R1,4,5,,,8.5\n`);

  it('meets the SARIF 2.1.0 required fields', () => {
    expect(sarifViolations(log)).toEqual([]);
    expect(
      sarifViolations({ version: '2.0.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }] }),
    ).toEqual([
      '$.version must be "2.1.0"',
      'runs[0].tool.driver.name is required',
      'results[0].message is required',
      'results[0].message needs text or id',
      'results[0].level fatal is not a level',
    ]);
  });

  it('has one rule per check and results at file and line with mapped severity', () => {
    const driver = ((log.runs as Json[])[0]!.tool as Json).driver as Json;
    expect((driver.rules as Json[]).map((r) => r.id)).toEqual([
      'invalid-row',
      'gap',
      ...RULES.map((rule) => rule.id),
      'no-regression',
    ]);
    expect((driver.rules as Json[])[2]!.id).toBe('critical-risk-untreated');
    const r = results(log);
    expect(r.slice(0, 2)).toEqual([
      {
        ruleId: 'critical-risk-untreated',
        ruleIndex: 2,
        level: 'error',
        message: { text: 'Critical risk R1 (score 20) has no treatment' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'isms/risks.csv', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2 },
            },
          },
        ],
        partialFingerprints: { 'ismsGate/v1': expect.stringMatching(/^[0-9a-f]{32}$/) },
      },
      expect.objectContaining({
        ruleId: 'compliance-threshold',
        level: 'error',
        locations: [
          expect.objectContaining({
            physicalLocation: expect.objectContaining({ region: { startLine: 1 } }),
          }),
        ],
      }),
    ]);
    const gaps = r.filter((x) => x.ruleId === 'gap');
    expect(gaps).toHaveLength(92);
    expect(gaps.slice(0, 2).map((g) => [(g.message as Json).text, g.level])).toEqual([
      ['ISO 27001 control 8.5 Secure authentication: Not implemented', 'error'],
      ['ISO 27001 control 5.2 Information security roles and responsibilities: Partial', 'note'],
    ]);
    expect((gaps[2]!.message as Json).text).toBe(
      'ISO 27001 control 5.3 Segregation of duties: Not assessed (no row in the controls file)',
    );
  });

  it('keeps fingerprints when rows move and figures change, so alerts track across commits', () => {
    const moved = sarifOf(
      'id,status\n5.2,partial\n8.5,no\n5.1,yes\n',
      `${RISKS}R0,1,1,avoid,Ops,\nR1,4,5,,,8.5\n`,
    );
    const before = fingerprints(log);
    const after = fingerprints(moved);
    expect(Object.keys(after).length).toBe(Object.keys(before).length);
    for (const [key, value] of Object.entries(before)) expect([key, after[key]]).toEqual([key, value]);
    const line = (l: Json, id: string) =>
      (
        (results(l).find((x) => ((x.message as Json).text as string).includes(id))!.locations as Json[])[0]!
          .physicalLocation as Json
      ).region;
    expect([line(log, 'R1'), line(moved, 'R1')]).toEqual([{ startLine: 2 }, { startLine: 3 }]);
  });

  it('reports every invalid row, with distinct fingerprints for repeated messages', () => {
    let problems: Problem[] = [];
    try {
      runGate({ settings: testSettings(), controls: [source('c.csv', 'id,status\n,yes\n,no\n5.1,maybe\n')] });
    } catch (error) {
      problems = (error as InputError).problems;
    }
    const invalid = JSON.parse(renderSarif({ problems })) as Json;
    expect(sarifViolations(invalid)).toEqual([]);
    const r = results(invalid);
    expect(r.map((x) => [x.ruleId, x.ruleIndex, (x.locations as Json[])[0]!.physicalLocation])).toEqual([
      [
        'invalid-row',
        0,
        { artifactLocation: { uri: 'c.csv', uriBaseId: '%SRCROOT%' }, region: { startLine: 2 } },
      ],
      [
        'invalid-row',
        0,
        { artifactLocation: { uri: 'c.csv', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } },
      ],
      [
        'invalid-row',
        0,
        { artifactLocation: { uri: 'c.csv', uriBaseId: '%SRCROOT%' }, region: { startLine: 4 } },
      ],
    ]);
    const [a, b] = r.map((x) => (x.partialFingerprints as Json)['ismsGate/v1'] as string);
    expect(b).toBe(`${a}:2`);
  });
});

describe('SARIF for a run of several scopes', () => {
  it('writes one log whose results name their scope and keep scope-distinct fingerprints', () => {
    const report = (file: string) =>
      runGate({
        settings: testSettings({ threshold: 0 }),
        controls: [source(file, 'id,status\n5.1,partial\n')],
      });
    const text = renderRun(
      {
        passed: true,
        scopes: [
          { name: 'eu', report: report('eu/controls.csv') },
          { name: 'us', report: report('us/controls.csv') },
        ],
      },
      'sarif',
    );
    const log = JSON.parse(text) as Json;
    expect(sarifViolations(log)).toEqual([]);
    const first = results(log).filter((r) => ((r.message as Json).text as string).includes('control 5.1 '));
    expect(first.map((r) => (r.message as Json).text)).toEqual([
      '[scope eu] ISO 27001 control 5.1 Policies for information security: Partial',
      '[scope us] ISO 27001 control 5.1 Policies for information security: Partial',
    ]);
    const [eu, us] = first.map((r) => (r.partialFingerprints as Json)['ismsGate/v1']);
    expect(eu).not.toBe(us);
  });
});
