import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { errorMessage } from '../engine/errors.js';

/**
 * Checks the workflow event's payload before anything reads it. The toolkit parses GITHUB_EVENT_PATH
 * as it is imported, and a payload that is not JSON would end the step with a stack trace. Such a
 * payload is a warning instead, and the variable is cleared, so the gate still runs and only the pull
 * request comment (which needs the payload) is skipped. Returns the warning, if any.
 */
export function guardEventPayload(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const payload: unknown = JSON.parse(text);
    if (payload !== null && typeof payload === 'object' && !Array.isArray(payload)) return undefined;
    return warn(env, 'is not a JSON object');
  } catch (error) {
    return warn(env, `is not valid JSON (${errorMessage(error)})`);
  }
}

function warn(env: NodeJS.ProcessEnv, why: string): string {
  delete env.GITHUB_EVENT_PATH;
  const message = `The workflow event payload ${why}; it is ignored, so no pull request comment is written.`;
  core.warning(message);
  return message;
}
