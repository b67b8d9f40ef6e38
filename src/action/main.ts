import * as core from '@actions/core';
import * as github from '@actions/github';
import { errorMessage, InputError } from '../engine/errors.js';
import { renderProblems } from '../engine/render/markdown/problems.js';
import { annotateProblems } from './annotations.js';
import { evaluateGate, type GateOutcome } from './evaluate.js';
import { prepareGitNative, publishGitNative } from './git-native/run.js';
import { finalOutcome, gateResult, gitNativeRun, readAllInputs } from './git-native/wire.js';
import { locate, runnerEnv } from './locations.js';
import { checkOutputPaths } from './output-paths.js';
import { setOutputs, writeReportFile, writeSummary } from './publish.js';
import type { RunContext } from './pull-request.js';

function runContext(): RunContext {
  return {
    eventName: github.context.eventName,
    payload: github.context.payload,
    repository: process.env.GITHUB_REPOSITORY || undefined,
  };
}

function problemCount(n: number): string {
  return `${n} ${n === 1 ? 'problem' : 'problems'}`;
}

/** Marks the step failed for the gate's failures or the input's problems (annotated by the git-native step, capped). */
function conclude(outcome: GateOutcome): void {
  if (outcome.kind === 'invalid') {
    core.setFailed(`isms-gate could not run: ${problemCount(outcome.problems.length)} in the input`);
    return;
  }
  const { failures } = outcome.report;
  if (!outcome.passed)
    core.setFailed(
      `isms-gate failed: ${failures.length} ${failures.length === 1 ? 'failure' : 'failures'}; see the job summary`,
    );
  else core.info('isms-gate passed.');
}

/** Invalid inputs stop the run before anything is read: shown in the summary and as annotations. */
async function failInvalidInputs(error: InputError): Promise<void> {
  core.setFailed(`isms-gate could not run: ${problemCount(error.problems.length)} in the inputs`);
  annotateProblems(error.problems, '');
  core.setOutput('passed', 'false');
  await writeSummary(renderProblems(error.problems));
}

/**
 * The action: read inputs, run the gate on the user's files, compare with the pull request's base
 * (the regression gate), publish the report (job summary, report file, outputs, capped annotations),
 * fail the step if the gate failed, then SARIF, badges, the period issue and last the sticky pull
 * request comment, none of whose refusals can undo any of that. Any error ends in a failed step
 * with a message, never a stack trace and never a green run.
 */
export async function run(): Promise<void> {
  try {
    const { inputs, native } = readAllInputs();
    const env = runnerEnv();
    const locations = locate(inputs, env);
    checkOutputPaths(native, locations.files);
    const gate = evaluateGate(inputs, locations);
    const paths = gate.kind === 'report' ? gate.paths : undefined;
    const gitNative = gitNativeRun(inputs, native, locations, runContext(), env, paths);
    const prepared = await prepareGitNative(gitNative, gateResult(gate));
    const outcome = finalOutcome(gate, prepared);
    await writeSummary(outcome.markdown);
    writeReportFile(locations.reportPath, outcome.markdown);
    setOutputs(outcome, locations.reportPath);
    conclude(outcome);
    await publishGitNative(gitNative, prepared);
  } catch (error) {
    if (error instanceof InputError) await failInvalidInputs(error);
    else core.setFailed(`isms-gate: ${errorMessage(error)}`);
  }
}
