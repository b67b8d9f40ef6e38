import type { BaselineFiles } from '../../engine/delta/baseline.js';
import { errorMessage } from '../../engine/errors.js';
import type { SourceFile } from '../../engine/load/source.js';
import type { GitNativeClient } from '../github/git-native-client.js';

/** Reads one file at a commit; undefined when the file did not exist there. */
export type ReadAtRef = (repoPath: string, sha: string) => Promise<Uint8Array | undefined>;

/** How the base files were read, for the log. */
export interface BaseRead {
  files: BaselineFiles;
  via: 'api' | 'git';
  /** Why the API was not used, when the fallback was. */
  apiError?: string;
}

/** Which files to read at the base, and how to reach them. */
export interface BaseFilesOptions {
  /** The gate's paths as given (relative to the working directory). */
  controls: string[];
  risks?: string;
  /** The head's custom catalogs, passed through to the baseline. */
  catalogs?: SourceFile[];
  /** The working directory relative to the repository root (`''` or `isms/`). */
  prefix: string;
  client?: Pick<GitNativeClient, 'getFileAtRef'>;
  gitShow: ReadAtRef;
}

/**
 * The gate's files as they were at the pull request's base commit. The contents API comes first, so
 * a shallow checkout works; when the API cannot be reached (no token, an outage, a proxy), the local
 * clone is asked instead. A file missing at the base is `undefined`, never an error.
 */
export async function readBaseFiles(options: BaseFilesOptions & { sha: string }): Promise<BaseRead> {
  const paths = [...options.controls, ...(options.risks === undefined ? [] : [options.risks])];
  const repoPath = (path: string) => `${options.prefix}${path.replace(/^\.\//, '')}`;
  // One at a time, so the first file's failure is the one reported, every run alike.
  const readAll = async (read: ReadAtRef) => {
    const out: (Uint8Array | undefined)[] = [];
    for (const path of paths) out.push(await read(repoPath(path), options.sha));
    return out;
  };
  let contents: (Uint8Array | undefined)[];
  let via: BaseRead['via'] = 'api';
  let apiError: string | undefined;
  if (options.client) {
    const client = options.client;
    try {
      contents = await readAll((path, sha) => client.getFileAtRef(path, sha));
    } catch (error) {
      apiError = errorMessage(error);
      via = 'git';
      contents = await readAll(options.gitShow);
    }
  } else {
    apiError = 'no token was given';
    via = 'git';
    contents = await readAll(options.gitShow);
  }
  const source = (i: number) =>
    contents[i] === undefined ? undefined : { path: paths[i]!, bytes: contents[i]! };
  const files: BaselineFiles = {
    controlPaths: options.controls,
    controls: options.controls.map((_, i) => source(i)),
    ...(options.risks === undefined
      ? {}
      : { risksPath: options.risks, risks: source(options.controls.length) }),
  };
  return { files, via, ...(apiError === undefined ? {} : { apiError }) };
}
