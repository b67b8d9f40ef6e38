import { InputError, quote, type Problem } from '../errors.js';
import { acceptedNames, fieldReader, mapHeaders, type FieldSynonyms } from '../load/headers.js';
import { readTable } from '../load/read-table.js';
import type { SourceFile } from '../load/source.js';
import type { SourceRef } from '../model.js';
import { isoDate, isProblem, text } from './values.js';

/** One finding of an internal or external audit. */
export interface AuditFinding {
  id: string;
  raised: string;
  type?: 'major' | 'minor' | 'observation' | 'opportunity';
  closed?: string;
  due?: string;
  source: SourceRef;
}

/** One person's assignment of one course. */
export interface TrainingRecord {
  person: string;
  course?: string;
  due?: string;
  completed?: string;
  source: SourceRef;
}

type FindingField = 'id' | 'raised' | 'type' | 'status' | 'due' | 'closed';
type TrainingField = 'person' | 'course' | 'due' | 'completed';

/** Header names of an audit findings register. */
export const FINDING_FIELDS: FieldSynonyms<FindingField> = {
  id: ['finding id', 'finding', 'ref', 'nc id', 'nonconformity'],
  raised: ['raised on', 'date', 'found', 'opened', 'audit date', 'identified'],
  type: ['severity', 'grade', 'classification', 'category'],
  status: ['state'],
  due: ['due date', 'target date', 'deadline'],
  closed: ['closed on', 'closure date', 'date closed', 'resolved'],
};

/** Header names of training records. */
export const TRAINING_FIELDS: FieldSynonyms<TrainingField> = {
  person: ['employee', 'name', 'staff', 'user', 'email', 'learner'],
  course: ['training', 'module', 'course name'],
  due: ['due date', 'deadline', 'assigned due'],
  completed: ['completed on', 'completion date', 'date completed', 'completion'],
};

const TYPES: Record<string, AuditFinding['type']> = {
  major: 'major',
  'major nonconformity': 'major',
  minor: 'minor',
  'minor nonconformity': 'minor',
  observation: 'observation',
  opportunity: 'opportunity',
  ofi: 'opportunity',
  'opportunity for improvement': 'opportunity',
};

function table<F extends string>(
  source: SourceFile,
  fields: FieldSynonyms<F>,
  required: NoInfer<F>[],
  what: string,
) {
  const shape = {
    listKeys: ['items', 'findings', 'records', 'training'],
    keyField: required[0]!,
    valueField: 'value',
  };
  const read = readTable(source, { ...shape, idHeaders: [required[0]!, ...fields[required[0]!]] });
  const columns = mapHeaders(read.headers, fields);
  const missing = columns.missing.filter((f) => required.includes(f));
  if (missing.length > 0) {
    throw new InputError([
      {
        file: source.path,
        line: read.headerLine,
        message: `no ${missing.join(', ')} column in the ${what}; accepted names: ${acceptedNames(missing, fields)}`,
      },
    ]);
  }
  const field = fieldReader(columns);
  return read.rows.map((row) => ({
    line: row.line,
    field: (name: F): unknown => field(row.values, name),
  }));
}

function guard<T>(run: () => { entries: T[]; problems: Problem[] }): { entries: T[]; problems: Problem[] } {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError) return { entries: [], problems: error.problems };
    throw error;
  }
}

/** An audit findings register: id, raised date, type, open or closed (a closed date closes it), due date. */
export function parseAuditFindings(source: SourceFile) {
  return guard(() => {
    const problems: Problem[] = [];
    const entries: AuditFinding[] = [];
    for (const row of table(source, FINDING_FIELDS, ['id', 'raised'], 'audit findings register')) {
      const at = { file: source.path, line: row.line };
      const id = text(row.field('id'));
      const raised = isoDate(row.field('raised'), `raised date of ${id}`);
      const due = isoDate(row.field('due'), `due date of ${id}`);
      const closed = isoDate(row.field('closed'), `closed date of ${id}`);
      const rawType = text(row.field('type'));
      const type = rawType === undefined ? undefined : TYPES[rawType.toLowerCase()];
      const status = text(row.field('status'))?.toLowerCase();
      const before = problems.length;
      if (id === undefined) problems.push({ ...at, message: 'finding id is empty' });
      for (const value of [raised, due, closed])
        if (isProblem(value)) problems.push({ ...at, message: value.message });
      if (raised === undefined) problems.push({ ...at, message: `raised date of ${id} is missing` });
      if (rawType !== undefined && type === undefined) {
        problems.push({
          ...at,
          message: `type ${quote(rawType)} of ${id} is not major, minor, observation or opportunity`,
        });
      }
      if (status !== undefined && status !== 'open' && status !== 'closed') {
        problems.push({ ...at, message: `status ${quote(status)} of ${id} is not open or closed` });
      }
      if (status === 'closed' && closed === undefined) {
        problems.push({ ...at, message: `finding ${id} is closed but has no closed date` });
      }
      if (problems.length > before || isProblem(raised) || isProblem(due) || isProblem(closed)) continue;
      entries.push({
        id: id!,
        raised: raised!,
        ...(type ? { type } : {}),
        ...(closed && status !== 'open' ? { closed } : {}),
        ...(due ? { due } : {}),
        source: at,
      });
    }
    return { entries, problems };
  });
}

/** Training records: person, course, due date, completion date (empty while not completed). */
export function parseTraining(source: SourceFile) {
  return guard(() => {
    const problems: Problem[] = [];
    const entries: TrainingRecord[] = [];
    for (const row of table(source, TRAINING_FIELDS, ['person'], 'training records')) {
      const at = { file: source.path, line: row.line };
      const person = text(row.field('person'));
      const due = isoDate(row.field('due'), `due date of ${person}`);
      const completed = isoDate(row.field('completed'), `completion date of ${person}`);
      if (person === undefined) problems.push({ ...at, message: 'person is empty' });
      for (const value of [due, completed])
        if (isProblem(value)) problems.push({ ...at, message: value.message });
      if (person === undefined || isProblem(due) || isProblem(completed)) continue;
      const course = text(row.field('course'));
      entries.push({
        person,
        ...(course ? { course } : {}),
        ...(due ? { due } : {}),
        ...(completed ? { completed } : {}),
        source: at,
      });
    }
    return { entries, problems };
  });
}
