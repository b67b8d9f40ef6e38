import { createHash } from 'node:crypto';
import type { BadgeFile } from '../../adapters/badge-files.js';
import type { GitNativeClient } from '../github/git-native-client.js';

/** What happened on the badge branch. */
export type BadgeBranchOutcome =
  { action: 'created' | 'committed'; commit: string } | { action: 'unchanged' };

/** The sha git gives a file's content as a blob, to tell unchanged files without uploading them. */
export function gitBlobSha(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/**
 * Commits the badge files to the branch through the git data API (blobs, tree, commit, ref), with
 * the workflow's token and no checkout. An absent branch is created as an orphan holding only the
 * badges; an existing one gets a commit only when a file's content changed, so scheduled runs with
 * the same figures leave the history alone.
 */
export async function commitBadges(
  client: Pick<
    GitNativeClient,
    'getBranchTip' | 'listTreeFiles' | 'createBlob' | 'createTree' | 'createCommit' | 'setBranch'
  >,
  options: { branch: string; files: readonly BadgeFile[]; message: string },
): Promise<BadgeBranchOutcome> {
  const files = options.files.map((f) => {
    const bytes = new TextEncoder().encode(f.text);
    return { path: f.path, bytes, sha: gitBlobSha(bytes) };
  });
  const tip = await client.getBranchTip(options.branch);
  let changed = files;
  if (tip) {
    const existing = new Map((await client.listTreeFiles(tip.tree)).map((f) => [f.path, f.sha]));
    changed = files.filter((f) => existing.get(f.path) !== f.sha);
    if (changed.length === 0) return { action: 'unchanged' };
  }
  const entries = [];
  for (const file of changed) entries.push({ path: file.path, sha: await client.createBlob(file.bytes) });
  const tree = await client.createTree(entries, tip?.tree);
  const commit = await client.createCommit(options.message, tree, tip ? [tip.commit] : []);
  await client.setBranch(options.branch, commit, tip === undefined);
  return { action: tip ? 'committed' : 'created', commit };
}
