/**
 * A header as users may write it (`Control ID`, `control_id`, `CONTROL-ID`, ` Control  Id `, with a
 * BOM or a non-breaking space) reduced to one comparable form: lower case, words joined by one space.
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/[\ufeff\u200b]/g, '')
    .replace(/[\s_\-.\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** For each canonical field, the header names that mean it (written in any casing or spacing). */
export type FieldSynonyms<Field extends string> = Readonly<Record<Field, readonly string[]>>;

/** Which canonical field each column of a file means; columns that mean nothing known stay extra. */
export interface ColumnMap<Field extends string> {
  fields: Map<string, Field>;
  /** Canonical fields with no column. */
  missing: Field[];
}

/** Maps the headers a file has onto canonical fields through their synonyms. */
export function mapHeaders<Field extends string>(
  headers: readonly string[],
  synonyms: FieldSynonyms<Field>,
): ColumnMap<Field> {
  const lookup = new Map<string, Field>();
  for (const [field, names] of Object.entries(synonyms) as [Field, readonly string[]][]) {
    lookup.set(normalizeHeader(field), field);
    for (const name of names) lookup.set(normalizeHeader(name), field);
  }
  const fields = new Map<string, Field>();
  const seen = new Set<Field>();
  for (const header of headers) {
    const field = lookup.get(normalizeHeader(header));
    if (field !== undefined && !seen.has(field)) {
      fields.set(header, field);
      seen.add(field);
    }
  }
  const missing = (Object.keys(synonyms) as Field[]).filter((field) => !seen.has(field));
  return { fields, missing };
}

/**
 * A reader of one canonical field from a record, resolved once per file: looking the header up for
 * every field of every row cost a scan of all columns each time.
 */
export function fieldReader<Field extends string>(
  columns: ColumnMap<Field>,
): (values: Record<string, unknown>, field: Field) => unknown {
  const headerOf: Partial<Record<Field, string>> = {};
  for (const [header, field] of columns.fields) headerOf[field] = header;
  return (values, field) => {
    const header = headerOf[field];
    return header === undefined ? undefined : values[header];
  };
}

/**
 * Each missing field with the header names that would have supplied it, for the message that a
 * required column is absent: `id, control id, ...; status, state, ...`.
 */
export function acceptedNames<Field extends string>(
  missing: readonly Field[],
  synonyms: FieldSynonyms<Field>,
): string {
  return missing.map((field) => [field, ...synonyms[field]].join(', ')).join('; ');
}
