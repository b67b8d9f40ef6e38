import { join, relative, sep } from 'node:path';
import { Workspace } from '../adapters/workspace.js';
import type { Inputs } from './inputs.js';

/** The runner's variables the action depends on, read in one place. */
export interface RunnerEnv {
  /** The checked-out repository (GITHUB_WORKSPACE); the process's folder when absent. */
  workspace: string;
  /** The job's scratch folder (RUNNER_TEMP), if the runner gave one. */
  temp: string | undefined;
}

/** Reads the runner's variables; '' counts as unset. */
export function runnerEnv(env: NodeJS.ProcessEnv = process.env): RunnerEnv {
  return { workspace: env.GITHUB_WORKSPACE || process.cwd(), temp: env.RUNNER_TEMP || undefined };
}

/** Where the action reads and writes. */
export interface Locations {
  /** The working directory, as the folder user files must stay inside. */
  files: Workspace;
  /** The working directory relative to the repository, `''` at its root: annotations need repository paths. */
  prefix: string;
  /** Absolute path of the Markdown report. */
  reportPath: string;
}

/** The default report file name, in RUNNER_TEMP when there is one. */
export const REPORT_FILE = 'isms-gate-report.md';

/**
 * Resolves the working directory inside the repository and the report path inside the working
 * directory, so no input can point the action at files outside what the workflow checked out.
 */
export function locate(inputs: Pick<Inputs, 'workingDirectory' | 'reportPath'>, env: RunnerEnv): Locations {
  const repository = new Workspace(env.workspace);
  const files = new Workspace(repository.resolve(inputs.workingDirectory, 'input `working-directory`'));
  const rel = relative(repository.root, files.root);
  const reportPath =
    inputs.reportPath !== undefined
      ? files.resolve(inputs.reportPath, 'input `report-path`')
      : env.temp !== undefined
        ? join(env.temp, REPORT_FILE)
        : files.resolve(REPORT_FILE);
  return { files, prefix: rel === '' ? '' : `${rel.split(sep).join('/')}/`, reportPath };
}
