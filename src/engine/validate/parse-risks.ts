import type { Catalog } from '../catalogs/types.js';
import { InputError, nearest, quote, type Problem } from '../errors.js';
import { riskLevel } from '../evaluate/risk-level.js';
import { acceptedNames, fieldReader, mapHeaders, type FieldSynonyms } from '../load/headers.js';
import { readTable } from '../load/read-table.js';
import type { SourceFile } from '../load/source.js';
import type { Table } from '../load/table.js';
import type { RiskEntry } from '../model.js';
import { foreignIdHint } from './foreign-id.js';
import { formulaHint } from './hints.js';
import { parseTracking, type TreatmentFields } from './parse-risk-treatment.js';
import { registerDate } from './register-date.js';
import { parseTreatment, treatmentWords } from './treatment.js';
import { integerIn, isoDate, isProblem, list, text } from './values.js';

type RiskField =
  | 'id'
  | 'asset'
  | 'threat'
  | 'vulnerability'
  | 'description'
  | 'likelihood'
  | 'impact'
  | 'score'
  | 'treatment'
  | 'treatment_plan'
  | 'owner'
  | 'due'
  | 'timeline'
  | 'status'
  | 'controls'
  | TreatmentFields;

/** Header names accepted for each field of a risk register, the seed's own (`Risk ID`, `L`, `I`) included. */
export const RISK_FIELDS: FieldSynonyms<RiskField> = {
  id: ['risk id', 'risk_id', 'risk', 'ref', 'risk ref'],
  asset: ['asset id', 'asset name', 'assets'],
  threat: ['threats', 'threat source'],
  vulnerability: ['vulnerabilities', 'weakness'],
  description: ['risk description', 'title', 'name', 'risk title'],
  likelihood: ['l', 'probability', 'inherent likelihood', 'likelihood (1-5)'],
  impact: ['i', 'consequence', 'inherent impact', 'impact (1-5)'],
  score: ['risk score', 'inherent score', 'inherent risk', 'rating'],
  treatment: ['treatment option', 'risk treatment', 'response', 'risk response'],
  treatment_plan: ['plan', 'treatment plan', 'control', 'mitigation', 'action', 'actions', 'measures'],
  owner: ['risk owner', 'responsible', 'treatment owner'],
  due: ['due date', 'target date', 'deadline', 'treatment due'],
  timeline: [],
  status: ['risk status', 'treatment status'],
  controls: ['linked controls', 'annex a controls', 'control ids', 'related controls', 'controls (annex a)'],
  identified: ['identified on', 'date identified', 'identified date', 'raised', 'raised on', 'date raised'],
  residual_likelihood: ['residual l', 'rl', 'residual probability', 'residual likelihood (1-5)'],
  residual_impact: ['residual i', 'ri', 'residual consequence', 'residual impact (1-5)'],
  residual_score: ['residual risk', 'residual', 'residual rating', 'residual risk score'],
  accepted_by: ['acceptance by', 'approved by', 'risk accepted by'],
  accepted_on: ['acceptance on', 'acceptance date', 'date accepted', 'accepted date'],
  acceptance_expires: [
    'acceptance expiry',
    'acceptance expires on',
    'acceptance valid until',
    'accepted until',
    'expires',
  ],
  review_date: ['next review', 'next review date', 'review by', 'review'],
};

/** What the risk parser hands on: the valid risks, register-level fields, and every problem found. */
export interface ParsedRisks {
  entries: RiskEntry[];
  /** Top-level fields of a YAML/JSON register (e.g. `assessed`). */
  meta: Record<string, unknown>;
  /** The register's assessment date (`assessed` in a YAML/JSON register), ISO 8601. */
  assessed?: string;
  problems: Problem[];
}

const SHAPE = {
  listKeys: ['risks', 'register', 'items'],
  keyField: 'id',
  valueField: 'description',
  idHeaders: ['id', ...RISK_FIELDS.id],
  markdownTable: true,
};

/**
 * Validates a risk register: likelihood and impact whole numbers 1-5, a given score equal to their
 * product, treatment words normalised, linked controls resolved against Annex A, ids unique.
 */
export function parseRisks(source: SourceFile, annexA: Catalog): ParsedRisks {
  const problems: Problem[] = [];
  let table: Table;
  try {
    table = readTable(source, SHAPE);
  } catch (error) {
    if (error instanceof InputError) return { entries: [], meta: {}, problems: error.problems };
    throw error;
  }
  const file = source.path;
  const columns = mapHeaders(table.headers, RISK_FIELDS);
  const required = columns.missing.filter((f) => f === 'id' || f === 'likelihood' || f === 'impact');
  if (required.length > 0 && table.rows.length > 0) {
    problems.push({
      file,
      line: table.headerLine,
      message: `no ${required.join(', ')} column among the headers ${table.headers.map((h) => JSON.stringify(h)).join(', ')}; accepted names: ${acceptedNames(required, RISK_FIELDS)}`,
    });
    return { entries: [], meta: table.meta, problems };
  }
  if (table.rows.length === 0) {
    problems.push({
      file,
      line: table.headerLine,
      message: 'no risks: the register has headers but no records',
    });
    return { entries: [], meta: table.meta, problems };
  }
  const entries: RiskEntry[] = [];
  const seen = new Map<string, number>();
  const read = fieldReader(columns);
  for (const row of table.rows) {
    const field = (name: RiskField): unknown => read(row.values, name);
    const at = { file, line: row.line };
    const before = problems.length;
    const id = text(field('id'));
    if (id === undefined) {
      problems.push({ ...at, message: 'risk id is empty' });
      continue;
    }
    const firstLine = seen.get(id.toLowerCase());
    if (firstLine !== undefined) {
      problems.push({ ...at, message: `duplicate risk id ${quote(id)}: already used at line ${firstLine}` });
      continue;
    }
    seen.set(id.toLowerCase(), row.line);
    const likelihood = integerIn(field('likelihood'), `likelihood of ${id}`, 1, 5);
    const impact = integerIn(field('impact'), `impact of ${id}`, 1, 5);
    if (isProblem(likelihood)) problems.push({ ...at, message: likelihood.message });
    if (isProblem(impact)) problems.push({ ...at, message: impact.message });
    let score = 0;
    if (!isProblem(likelihood) && !isProblem(impact)) {
      score = likelihood * impact;
      const given = text(field('score'));
      if (given !== undefined && Number(given) !== score) {
        problems.push({
          ...at,
          message: `score of ${id} is ${quote(given)} but likelihood x impact is ${likelihood} x ${impact} = ${score}`,
        });
      }
    }
    const rawTreatment = text(field('treatment'));
    const treatment = rawTreatment === undefined ? undefined : parseTreatment(rawTreatment);
    if (rawTreatment !== undefined && treatment === undefined) {
      problems.push({
        ...at,
        message: `unknown treatment ${quote(rawTreatment)} for ${id}${formulaHint(rawTreatment)}; accepted: ${treatmentWords()}`,
      });
    }
    const due = isoDate(field('due'), `due date of ${id}`);
    if (isProblem(due)) problems.push({ ...at, message: due.message });
    const controls: string[] = [];
    for (const raw of list(field('controls'))) {
      const control = annexA.normalizeId(raw);
      if (control === undefined) {
        const hint = nearest(
          raw.replace(/^\s*a\.?\s*/i, ''),
          annexA.controls.map((c) => c.id),
        );
        problems.push({
          ...at,
          message: `${id} links unknown control ${quote(raw)}; ${foreignIdHint(raw) || `the nearest Annex A id is ${hint}`}`,
        });
      } else if (!controls.includes(control)) {
        controls.push(control);
      }
    }
    const tracking = parseTracking(field, id, at, problems);
    if (problems.length > before || isProblem(likelihood) || isProblem(impact) || isProblem(due)) continue;
    entries.push({
      id,
      asset: text(field('asset')),
      threat: text(field('threat')),
      vulnerability: text(field('vulnerability')),
      description: text(field('description')),
      likelihood,
      impact,
      score,
      level: riskLevel(score),
      treatment,
      treatmentPlan: text(field('treatment_plan')),
      owner: text(field('owner')),
      due,
      timeline: text(field('timeline')),
      status: text(field('status')),
      controls,
      ...tracking,
      source: { file, line: row.line },
      columns: row.values,
    });
  }
  const assessed = registerDate(table.meta, source, problems);
  return { entries, meta: table.meta, assessed, problems };
}
