import * as core from '@actions/core';
import * as github from '@actions/github';
import { errorMessage, InputError } from '../engine/errors.js';
import { renderProblems } from '../engine/render/markdown/problems.js';
import { annotateFindings, annotateProblems } from './annotations.js';
import { evaluateGate, type GateOutcome } from './evaluate.js';
import { readInputs } from './inputs.js';
import { locate, runnerEnv } from './locations.js';
import { commentOnPullRequest, setOutputs, writeReportFile, writeSummary } from './publish.js';
import type { RunContext } from './pull-request.js';

function runContext(): RunContext {
  return {
    eventName: github.context.eventName,
    payload: github.context.payload,
    repository: process.env.GITHUB_REPOSITORY || undefined,
  };
}

/** Marks the step failed for the gate's failures or the input's problems, with annotations on their lines. */
function conclude(outcome: GateOutcome, prefix: string): void {
  if (outcome.kind === 'invalid') {
    annotateProblems(outcome.problems, prefix);
    core.setFailed(`isms-gate could not run: ${outcome.problems.length} problem(s) in the input`);
    return;
  }
  const { failures, warnings } = outcome.report;
  annotateFindings(failures, warnings, prefix);
  if (!outcome.passed) core.setFailed(`isms-gate failed: ${failures.length} failure(s); see the job summary`);
  else core.info('isms-gate passed.');
}

/** Invalid inputs stop the run before anything is read: shown in the summary and as annotations. */
async function failInvalidInputs(error: InputError): Promise<void> {
  core.setFailed(`isms-gate could not run: ${error.problems.length} problem(s) in the inputs`);
  annotateProblems(error.problems, '');
  core.setOutput('passed', 'false');
  await writeSummary(renderProblems(error.problems));
}

/**
 * The action: read inputs, run the gate on the user's files, publish the report (job summary, report
 * file, outputs, annotations), fail the step if the gate failed, and last the sticky pull request
 * comment, whose 403 cannot undo any of that. Any error ends in a failed step with a message, never a
 * stack trace and never a green run.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const locations = locate(inputs, runnerEnv());
    const outcome = evaluateGate(inputs, locations);
    await writeSummary(outcome.markdown);
    writeReportFile(locations.reportPath, outcome.markdown);
    setOutputs(outcome, locations.reportPath);
    conclude(outcome, locations.prefix);
    await commentOnPullRequest(inputs, runContext(), outcome.markdown);
  } catch (error) {
    if (error instanceof InputError) await failInvalidInputs(error);
    else core.setFailed(`isms-gate: ${errorMessage(error)}`);
  }
}
