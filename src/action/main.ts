import * as core from '@actions/core';

/** The action's entry point. */
export async function run(): Promise<void> {
  core.info('isms-gate');
}
