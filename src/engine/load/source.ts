/** A user's file as an adapter read it: the path to show in messages (relative to the workspace) and its bytes. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

/** The formats a tabular ISMS file may come in. */
export type Format = 'csv' | 'yaml' | 'json' | 'markdown';

/** Format from the extension, else from the content (a `{`/`[` start is JSON, a `key:` or `- ` line YAML). */
export function detectFormat(path: string, text: string): Format {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  if (extension === 'json') return 'json';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (/^(---|#|-\s|[\w"' ]+:\s)/m.test(start.split('\n', 1)[0] ?? '')) return 'yaml';
  return 'csv';
}
