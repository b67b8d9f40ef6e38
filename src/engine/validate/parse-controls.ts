import type { Catalog } from '../catalogs/types.js';
import { InputError, nearest, quote, type Problem } from '../errors.js';
import { acceptedNames, fieldReader, mapHeaders, type FieldSynonyms } from '../load/headers.js';
import { readTable } from '../load/read-table.js';
import type { SourceFile } from '../load/source.js';
import type { Table } from '../load/table.js';
import type { ControlEntry } from '../model.js';
import { foreignIdHint } from './foreign-id.js';
import { formulaHint } from './hints.js';
import { parseStatus, statusWords } from './status.js';
import { isUndecided, undecidedReason } from './undecided.js';
import { isoDate, isProblem, list, text, yesNo } from './values.js';

type ControlField =
  | 'id'
  | 'status'
  | 'owner'
  | 'evidence'
  | 'justification'
  | 'applicable'
  | 'last_reviewed'
  | 'notes'
  | 'title'
  | 'alternative'
  | 'pending_evidence';

/** Header names accepted for each field of a controls file (compared ignoring case, spaces, `_` and `-`). */
export const CONTROL_FIELDS: FieldSynonyms<ControlField> = {
  id: ['control_id', 'control id', 'control', 'ref', 'reference', 'control ref', 'control number', 'annex a'],
  status: ['implementation status', 'implementation_status', 'state', 'implementation'],
  owner: ['control owner', 'responsible', 'owner(s)'],
  evidence: ['evidence links', 'artifacts', 'artefacts'],
  justification: [
    'reason',
    'rationale',
    'justification for exclusion',
    'exclusion justification',
    'exclusion reason',
  ],
  applicable: ['applicability', 'in scope'],
  last_reviewed: ['last reviewed', 'reviewed', 'review date', 'last review', 'reviewed on'],
  notes: ['comments', 'comment', 'remarks'],
  title: ['name', 'control name', 'control title'],
  alternative: [
    'alternative measure',
    'alternative measures',
    'equivalent measure',
    'equivalent alternative measure',
    'compensating control',
    'compensating controls',
  ],
  pending_evidence: ['evidence pending', 'evidence to do'],
};

/** What the controls parser hands on: the valid entries, and every problem found. */
export interface ParsedControls {
  entries: ControlEntry[];
  problems: Problem[];
}

/** Where the records of a YAML/JSON/Markdown controls file are found. */
export const CONTROLS_SHAPE = {
  listKeys: ['controls', 'items', 'requirements'],
  keyField: 'id',
  valueField: 'status',
  idHeaders: ['id', ...CONTROL_FIELDS.id],
};

/**
 * Validates one or more controls files against a catalog: every id resolved or reported with the
 * nearest valid one, every status word known, duplicates and unjustified exclusions reported with
 * their lines. Never guesses: a control missing from the files is left for scoring to mark not assessed.
 */
export function parseControls(sources: readonly SourceFile[], catalog: Catalog): ParsedControls {
  const problems: Problem[] = [];
  const entries: ControlEntry[] = [];
  // Where each id was first listed, across files; a row with other problems still claims its id, so
  // a duplicate of it is reported in the same run rather than after the first row is fixed.
  const firstSeen = new Map<string, { file: string; line: number }>();
  for (const source of sources) {
    let table: Table;
    try {
      table = readTable(source, CONTROLS_SHAPE);
    } catch (error) {
      if (error instanceof InputError) {
        for (const problem of error.problems) problems.push(problem);
        continue;
      }
      throw error;
    }
    for (const entry of parseTable(table, source.path, catalog, problems, firstSeen)) entries.push(entry);
  }
  // Problems in file order, then line order, whichever check found them.
  const order = new Map(sources.map((source, i) => [source.path, i]));
  problems.sort(
    (a, b) =>
      (order.get(a.file ?? '') ?? 0) - (order.get(b.file ?? '') ?? 0) || (a.line ?? 0) - (b.line ?? 0),
  );
  return { entries, problems };
}

function parseTable(
  table: Table,
  file: string,
  catalog: Catalog,
  problems: Problem[],
  firstSeen: Map<string, { file: string; line: number }>,
): ControlEntry[] {
  const columns = mapHeaders(table.headers, CONTROL_FIELDS);
  const missing = columns.missing.filter((field) => field === 'id' || field === 'status');
  // A file that states applicability alone (an SoA export) may leave status out only if applicable is present.
  const required = missing.filter(
    (field) => !(field === 'status' && !columns.missing.includes('applicable')),
  );
  if (table.rows.length > 0 && required.length > 0) {
    problems.push({
      file,
      line: table.headerLine,
      message: `no ${required.join(' or ')} column among the headers ${table.headers.map((h) => JSON.stringify(h)).join(', ')}; accepted names: ${acceptedNames(required, CONTROL_FIELDS)}`,
    });
    return [];
  }
  if (table.rows.length === 0) {
    problems.push({
      file,
      line: table.headerLine,
      message: 'no control rows: the file has headers but no records',
    });
    return [];
  }
  const entries: ControlEntry[] = [];
  const read = fieldReader(columns);
  for (const row of table.rows) {
    const field = (name: ControlField): unknown => read(row.values, name);
    const at = { file, line: row.line };
    const rawId = text(field('id'));
    if (rawId === undefined) {
      problems.push({ ...at, message: 'control id is empty' });
      continue;
    }
    const id = catalog.normalizeId(rawId);
    if (id === undefined) {
      const hint = nearest(
        rawId.replace(/^\s*a\.?\s*/i, ''),
        catalog.controls.map((c) => c.id),
      );
      problems.push({
        ...at,
        message:
          catalog.explainUnknownId?.(rawId) ??
          `unknown control id ${quote(rawId)} for ${catalog.name}${foreignHint(rawId, catalog) || (hint ? `; the nearest valid id is ${hint}` : '')}${formulaHint(rawId)}`,
      });
      continue;
    }
    const previous = firstSeen.get(id);
    if (previous) {
      problems.push({
        ...at,
        message: `duplicate control ${id} (${quote(rawId)}): already listed at ${previous.file}:${previous.line}; keep one row per control`,
      });
      continue;
    }
    firstSeen.set(id, at);
    const rawStatus = text(field('status'));
    const statusUndecided = isUndecided(rawStatus);
    let status = statusUndecided ? 'not-assessed' : parseStatus(rawStatus);
    if (status === undefined) {
      problems.push({
        ...at,
        message: `unknown status ${quote(rawStatus)} for control ${id}${formulaHint(rawStatus ?? '')}; accepted words: ${statusWords()}`,
      });
      continue;
    }
    const applicableUndecided = isUndecided(field('applicable'));
    const applicable = applicableUndecided ? undefined : yesNo(field('applicable'), 'applicable');
    if (isProblem(applicable)) {
      problems.push({ ...at, message: `${applicable.message} (control ${id})` });
      continue;
    }
    if (applicable === false) {
      if (
        rawStatus !== undefined &&
        !statusUndecided &&
        status !== 'not-applicable' &&
        status !== 'not-implemented'
      ) {
        problems.push({
          ...at,
          message: `control ${id} is marked not applicable but its status says ${quote(rawStatus)}; clear one of them`,
        });
        continue;
      }
      status = 'not-applicable';
    } else if (applicable === true && status === 'not-applicable') {
      problems.push({
        ...at,
        message: `control ${id} is marked applicable but its status says ${quote(rawStatus)}; clear one of them`,
      });
      continue;
    }
    if (applicableUndecided) status = 'not-assessed';
    const undecided = applicableUndecided
      ? undecidedReason('applicable', field('applicable'))
      : statusUndecided && status === 'not-assessed'
        ? undecidedReason('status', rawStatus)
        : undefined;
    const justification = text(field('justification'));
    const notApplicableProblem =
      status === 'not-applicable' ? notApplicableError(catalog, id, justification) : undefined;
    if (notApplicableProblem !== undefined) {
      problems.push({ ...at, message: notApplicableProblem });
      continue;
    }
    const lastReviewed = isoDate(field('last_reviewed'), 'last_reviewed');
    if (isProblem(lastReviewed)) {
      problems.push({ ...at, message: `${lastReviewed.message} (control ${id})` });
      continue;
    }
    const pending = list(field('pending_evidence'), /[;\n|]+/);
    const columnsAsText: Record<string, string> = {};
    for (const [header, value] of Object.entries(row.values)) columnsAsText[header] = text(value) ?? '';
    entries.push({
      id,
      rawId,
      status,
      owner: text(field('owner')),
      evidence: list(field('evidence'), /[;\n|]+/),
      justification,
      alternative: text(field('alternative')),
      lastReviewed,
      notes: text(field('notes')),
      title: text(field('title')),
      source: { file, line: row.line },
      columns: columnsAsText,
      ...(pending.length > 0 ? { pendingEvidence: pending } : {}),
      ...(undecided ? { undecided } : {}),
    });
  }
  return entries;
}

/** `: it is a ... id` when an Annex A file holds an id of another framework; '' otherwise. */
function foreignHint(rawId: string, catalog: Catalog): string {
  const hint = catalog.id.startsWith('iso2700') ? foreignIdHint(rawId) : '';
  return hint ? `: ${hint}` : '';
}

/** The catalog's rule for excluding a control; by default ISO 27001's: a justification is required. */
function notApplicableError(
  catalog: Catalog,
  id: string,
  justification: string | undefined,
): string | undefined {
  const control = catalog.controls.find((c) => c.id === id);
  if (catalog.notApplicableError && control) return catalog.notApplicableError(control, { justification });
  if (justification !== undefined) return undefined;
  const why =
    catalog.source === undefined ? 'ISO 27001 clause 6.1.3 d) requires one' : 'an exclusion needs a reason';
  return `control ${id} is not applicable without a justification; ${why} (add a "justification" column)`;
}
