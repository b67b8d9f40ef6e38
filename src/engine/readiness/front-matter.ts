import { isMap, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../errors.js';
import { normalizeHeader } from '../load/headers.js';
import { parsePeriod, type Period } from '../config/periods.js';
import { isoDate, isProblem, text } from '../validate/values.js';

/** What a document's YAML front matter says about its control: approval, review, status. */
export interface FrontMatter {
  approvedBy?: string;
  approvedOn?: string;
  lastReviewed?: string;
  reviewPeriod?: Period;
  /** `draft` (or anything but approved/published/final/released) means not yet approved. */
  status?: string;
  version?: string;
}

const KEYS: Record<string, keyof FrontMatter> = {
  'approved by': 'approvedBy',
  approver: 'approvedBy',
  'approved on': 'approvedOn',
  'approval date': 'approvedOn',
  approved: 'approvedOn',
  'last reviewed': 'lastReviewed',
  'reviewed on': 'lastReviewed',
  reviewed: 'lastReviewed',
  'review date': 'lastReviewed',
  'review period': 'reviewPeriod',
  'review cycle': 'reviewPeriod',
  'review frequency': 'reviewPeriod',
  status: 'status',
  version: 'version',
};

/**
 * The front matter of a Markdown document (a `---` fenced YAML block at its top), or undefined when
 * it has none. Dates must be ISO 8601 and periods like `12 months`; mistakes are problems with the
 * line they sit on.
 */
export function readFrontMatter(text_: string, file: string): { value?: FrontMatter; problems: Problem[] } {
  const lines = text_.split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== '---') return { problems: [] };
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0)
    return {
      problems: [
        { file, line: 1, message: 'front matter starts with --- but never ends; close it with a --- line' },
      ],
    };
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line + 1,
        message: `front matter YAML error: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const problems: Problem[] = [];
  const value: FrontMatter = {};
  if (!isMap(doc.contents)) return { value, problems };
  for (const pair of doc.contents.items) {
    const key = KEYS[normalizeHeader(String((pair.key as { value?: unknown })?.value ?? ''))];
    if (!key) continue;
    const line =
      pair.key && (pair.key as { range?: number[] }).range
        ? lineCounter.linePos((pair.key as { range: number[] }).range[0]!).line + 1
        : 1;
    const raw = (pair.value as { toJSON?: () => unknown })?.toJSON?.() ?? null;
    if (key === 'approvedOn' || key === 'lastReviewed') {
      const date = isoDate(raw, key === 'approvedOn' ? 'approved-on' : 'last-reviewed');
      if (isProblem(date)) problems.push({ file, line, message: date.message });
      else if (date) value[key] = date;
    } else if (key === 'reviewPeriod') {
      const period = parsePeriod(raw);
      if (!period)
        problems.push({
          file,
          line,
          message: `review-period ${JSON.stringify(raw)} is not a period (e.g. 12 months, 1 year, 90 days)`,
        });
      else value.reviewPeriod = period;
    } else {
      const s = text(raw);
      if (s !== undefined) value[key] = s;
    }
  }
  return { value, problems };
}
