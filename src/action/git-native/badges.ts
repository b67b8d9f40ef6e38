import { makeBadgeFiles } from '../../adapters/badge-files.js';
import { badgeSpecs } from '../../engine/badge/badge-spec.js';
import { errorMessage } from '../../engine/errors.js';
import type { Report } from '../../engine/pipeline.js';
import { commitBadges } from './badge-branch.js';
import type { GitNativeRun } from './run.js';
import { permissionHint } from './permission-hint.js';

/**
 * Writes the badges into the `badge` folder (output `badges`: their paths) and commits them to
 * `badge-branch` when one is named. A refused commit is a warning naming the permission it needs.
 */
export async function publishBadges(run: GitNativeRun, report: Report): Promise<void> {
  const specs = badgeSpecs(report, run.inputs.badgeThresholds);
  if (run.inputs.badge) {
    run.files.resolve(run.inputs.badge, 'input `badge`');
    const written: string[] = [];
    for (const file of await makeBadgeFiles(specs, run.files.display(run.inputs.badge))) {
      const path = run.files.resolve(file.path, 'input `badge`');
      run.writeFile(path, file.text);
      written.push(path);
    }
    run.setOutput('badges', written.join('\n'));
  }
  const branch = run.inputs.badgeBranch;
  if (!branch) return;
  if (!run.client) {
    run.log.warning('Badges not committed: the `github-token` input is empty.');
    return;
  }
  try {
    const outcome = await commitBadges(run.client, {
      branch,
      files: await makeBadgeFiles(specs, ''),
      message: `Update compliance badges: ${specs.map((s) => `${s.label} ${s.message}`).join(', ')}`,
    });
    run.log.info(`Badge branch ${branch}: ${outcome.action}.`);
    if (outcome.action !== 'unchanged') run.setOutput('badge-commit', outcome.commit);
  } catch (error) {
    run.log.warning(
      `Could not commit the badges to ${branch} (${errorMessage(error)})${permissionHint(error, 'contents: write')}`,
    );
  }
}
