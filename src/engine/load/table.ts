/** One record of a user's table, with the line it starts on and its values keyed by the file's own headers. */
export interface TableRow {
  line: number;
  values: Record<string, unknown>;
}

/** A user's file read as records, whatever its format. */
export interface Table {
  /** Headers in file order (for YAML/JSON, every key seen in any record). */
  headers: string[];
  headerLine: number;
  rows: TableRow[];
  /** Top-level scalar fields of a YAML/JSON file that hold the records under a key (e.g. `assessed`). */
  meta: Record<string, unknown>;
}
