import type { AnnotationSource } from '../../annotations/collect.js';
import type { Finding } from '../../decide/rule.js';
import type { Gap } from '../../evaluate/gaps.js';
import type { Report } from '../../pipeline.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { STATUS_LABEL } from '../markdown/labels.js';
import { figureFree, fingerprint, FINGERPRINT_KEY } from './fingerprint.js';
import { sarifRules, type SarifLevel } from './sarif-rules.js';

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: string };
    region: { startLine: number; startColumn?: number };
  };
}

/** One SARIF result: a rule, a level, a message, where, and a fingerprint stable across commits. */
export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
}

function location(file: string, line: number, column?: number): SarifLocation[] {
  return [
    {
      physicalLocation: {
        artifactLocation: { uri: file.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
        region: column ? { startLine: line, startColumn: column } : { startLine: line },
      },
    },
  ];
}

function gapLevel(gap: Gap): SarifLevel {
  if (gap.riskLevel === 'critical') return 'error';
  return gap.status === 'partial' ? 'note' : 'warning';
}

/**
 * The control or risk a located finding is about, found by the row it points at. The rows are
 * indexed once per report: searching the register for every finding made a log of many findings
 * quadratic (80,000 risks took a minute and a half).
 */
function subjects(report: Report): (finding: Finding) => string {
  const byRow = new Map<string, string>();
  const key = (file: string | undefined, line: number | undefined) => `${file}\u0000${line}`;
  for (const standard of [...report.standards].reverse()) {
    for (const control of [...standard.controls].reverse()) {
      const source = control.entry?.source;
      if (source) byRow.set(key(source.file, source.line), `control:${control.id}`);
    }
  }
  for (const risk of [...(report.risks?.items ?? [])].reverse()) {
    byRow.set(key(risk.source.file, risk.source.line), `risk:${risk.id}`);
  }
  return (finding) => byRow.get(key(finding.file, finding.line)) ?? figureFree(finding.message);
}

/** The first controls file the report read, where file-wide results (a low figure, a missing row) sit. */
function controlsFile(report: Report): string | undefined {
  for (const standard of report.standards) {
    const entry = standard.controls.find((c) => c.entry)?.entry;
    if (entry) return entry.source.file;
  }
  return undefined;
}

/** What a SARIF log is made from: one report, the reports of several scopes, or input problems. */
export interface SarifSource extends AnnotationSource {
  /** The scopes of an `.isms.yml` run; each result and fingerprint names its scope. */
  scopes?: readonly { name?: string; report: Report }[];
}

/**
 * The run as a SARIF 2.1.0 log for code scanning: one rule per check, one result per invalid row,
 * gate finding and gap, located at file and line. A pure function: same input, same bytes.
 */
export function toSarif(source: SarifSource): unknown {
  const rules = sarifRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: SarifResult[] = [];
  const used = new Map<string, number>();
  const add = (ruleId: string, level: SarifLevel, text: string, subject: string, where?: SarifLocation[]) => {
    const base = fingerprint(ruleId, subject);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    results.push({
      ruleId,
      ...(index.has(ruleId) ? { ruleIndex: index.get(ruleId) } : {}),
      level,
      message: { text },
      ...(where ? { locations: where } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: n === 1 ? base : `${base}:${n}` },
    });
  };
  for (const problem of source.problems ?? []) {
    if (!problem.file) continue;
    add(
      'invalid-row',
      'error',
      problem.message,
      `${problem.file}\u0000${problem.message}`,
      location(problem.file, problem.line ?? 1, problem.line ? problem.column : undefined),
    );
  }
  const scopes = source.scopes ?? (source.report ? [{ report: source.report }] : []);
  for (const { name, report } of scopes) {
    const scope = name === undefined || scopes.length === 1 ? '' : name;
    const label = (text: string) => (scope ? `[scope ${scope}] ${text}` : text);
    const within = (subject: string) => (scope ? `${scope}\u0000${subject}` : subject);
    const fallback = controlsFile(report);
    const subjectOf = subjects(report);
    for (const [findings, level] of [
      [report.failures, 'error'],
      [report.warnings, 'warning'],
    ] as const) {
      for (const f of findings) {
        const file = f.file ?? fallback;
        add(
          f.rule,
          level,
          label(f.message),
          within(subjectOf(f)),
          file ? location(file, f.line ?? 1) : undefined,
        );
      }
    }
    const seen = new Set<string>();
    for (const standard of report.standards) {
      for (const gap of standard.gaps) {
        if (seen.has(gap.id)) continue;
        seen.add(gap.id);
        const file = gap.file ?? fallback;
        const why = gap.file ? '' : ' (no row in the controls file)';
        add(
          'gap',
          gapLevel(gap),
          label(`${standard.label} control ${gap.id} ${gap.title}: ${STATUS_LABEL[gap.status]}${why}`),
          within(`control:${gap.id}`),
          file ? location(file, gap.line ?? 1) : undefined,
        );
      }
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** The SARIF log as text, two-space indented, ending in a newline. */
export function renderSarif(source: SarifSource): string {
  return `${JSON.stringify(toSarif(source), null, 2)}\n`;
}
