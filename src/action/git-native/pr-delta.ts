import type { Finding } from '../../engine/decide/rule.js';
import { evaluateBaseline } from '../../engine/delta/baseline.js';
import { compareReports, type ReportDelta } from '../../engine/delta/compare.js';
import { applyRegressions, findRegressions } from '../../engine/delta/regression.js';
import { renderDelta, renderNoBaseline } from '../../engine/delta/render-delta.js';
import { errorMessage } from '../../engine/errors.js';
import type { Report } from '../../engine/pipeline.js';
import { readBaseFiles, type BaseFilesOptions } from './base-files.js';

/** The delta of a pull request: the report (regressions added as failures or warnings), the section, the regressions. */
export interface PullRequestDelta {
  report: Report;
  markdown: string;
  delta?: ReportDelta;
  regressions: Finding[];
}

/**
 * Evaluates the base commit's files and compares them with the head's report. With
 * `failOnRegression`, a drop in compliance or a new untreated Critical/High risk fails the report as
 * the `no-regression` rule, whatever the threshold says; without it they are warnings. When the base cannot be read at all the
 * section says so and nothing fails on its account.
 */
export async function pullRequestDelta(
  options: BaseFilesOptions & {
    report: Report;
    baseSha: string;
    failOnRegression: boolean;
    log: { info(message: string): void; warning(message: string): void };
  },
): Promise<PullRequestDelta> {
  const { report, log } = options;
  let read;
  try {
    read = await readBaseFiles({ ...options, sha: options.baseSha });
  } catch (error) {
    const reason = errorMessage(error);
    log.warning(`No baseline for the pull request delta: ${reason}`);
    return { report, markdown: renderNoBaseline(reason), regressions: [] };
  }
  if (read.apiError !== undefined) {
    log.info(`Read the base commit with git, as the contents API was not usable: ${read.apiError}`);
  }
  const delta = compareReports(evaluateBaseline(read.files, report.settings), report);
  const regressions = findRegressions(delta);
  return {
    report: applyRegressions(report, regressions, options.failOnRegression),
    markdown: renderDelta(delta),
    delta,
    regressions,
  };
}
