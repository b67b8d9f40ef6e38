import { InputError, type Problem } from '../errors.js';
import type { StandardResult } from '../evaluate/evaluate-standard.js';
import { iso27001 } from '../catalogs/iso27001.js';
import type { SourceFile } from '../load/source.js';
import type { RiskEntry } from '../model.js';
import { runGate } from '../pipeline.js';
import type { Settings } from '../settings.js';
import { parseRisks } from '../validate/parse-risks.js';

/** How one side of the baseline turned out: compared, missing at the base commit, or unreadable there. */
export type BaselineState = 'compared' | 'absent' | 'invalid';

/** The gate's files as they were at the base commit; `undefined` marks a file that did not exist there. */
export interface BaselineFiles {
  /** Paths as the head run reads them, in the same order as `controls`. */
  controlPaths: string[];
  controls: (SourceFile | undefined)[];
  /** Present when the head run reads a risk register. */
  risksPath?: string;
  risks?: SourceFile;
  /** The head's custom catalogs: both sides are scored against the same definitions. */
  catalogs?: SourceFile[];
}

/** What the base commit says, as far as it can be read; each part carries why it may be missing. */
export interface Baseline {
  controls: BaselineState;
  /** `not-given` when the head run has no risk register either. */
  risks: BaselineState | 'not-given';
  standards?: StandardResult[];
  riskEntries?: RiskEntry[];
  /** Controls files that did not exist at the base commit. */
  absent: string[];
  /** What made a part invalid at the base commit (reported, never fatal: the head is what is gated). */
  problems: Problem[];
}

/**
 * Evaluates the base commit's files with the head's settings. A file missing or invalid at the base
 * leaves its part without a baseline instead of failing the run, because a pull request that adds
 * or repairs a file is exactly the change the delta should show.
 */
export function evaluateBaseline(files: BaselineFiles, settings: Settings): Baseline {
  const absent = files.controlPaths.filter((_, i) => files.controls[i] === undefined);
  const problems: Problem[] = [];
  let risks: Baseline['risks'] = 'not-given';
  let riskEntries: RiskEntry[] | undefined;
  if (files.risksPath !== undefined) {
    if (files.risks === undefined) {
      risks = 'absent';
    } else {
      const parsed = parseRisks(files.risks, iso27001);
      risks = parsed.problems.length > 0 ? 'invalid' : 'compared';
      for (const item of parsed.problems) problems.push(item);
      if (risks === 'compared') riskEntries = parsed.entries;
    }
  }
  const present = files.controls.filter((file): file is SourceFile => file !== undefined);
  if (present.length < files.controls.length || present.length === 0) {
    return { controls: 'absent', risks, riskEntries, absent, problems };
  }
  try {
    const report = runGate({
      settings,
      controls: present,
      risks: risks === 'compared' ? files.risks : undefined,
      catalogs: files.catalogs,
    });
    return { controls: 'compared', risks, standards: report.standards, riskEntries, absent, problems };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const item of error.problems) problems.push(item);
    return { controls: 'invalid', risks, riskEntries, absent, problems };
  }
}
