import { execFile } from 'node:child_process';

/** Thrown when git cannot read the commit at all (not fetched in a shallow clone, not a repository). */
export class GitShowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitShowError';
  }
}

const ABSENT = /does not exist in|exists on disk, but not in|path '.*' does not exist/i;

/**
 * A file's bytes at a commit from the local clone (`git show <sha>:<path>`), the fallback when the
 * contents API cannot be reached. Undefined when the commit exists but the file did not; a commit
 * git does not have (a shallow checkout) is an error naming the fix.
 */
export function gitShow(repository: string, sha: string, path: string): Promise<Uint8Array | undefined> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) {
    return Promise.reject(new GitShowError(`${JSON.stringify(sha)} is not a commit sha`));
  }
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', repository, 'show', `${sha}:${path}`],
      { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(new Uint8Array(stdout));
        const message = Buffer.from(stderr).toString('utf8').trim();
        if (ABSENT.test(message)) return resolve(undefined);
        reject(
          new GitShowError(
            `git show ${sha.slice(0, 12)}:${path} failed: ${message || error.message} (a shallow checkout lacks the base commit; use fetch-depth: 0 or let the action read it through the API)`,
          ),
        );
      },
    );
  });
}
