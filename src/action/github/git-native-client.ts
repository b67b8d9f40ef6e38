import type * as github from '@actions/github';

/** An issue as the gap-analysis search reads it. */
export interface IssueInfo {
  number: number;
  title: string;
  body: string;
  /** The author's login; undefined for a deleted account. */
  author: string | undefined;
  state: string;
  url: string;
  /** Label names, as GitHub kept them (it drops labels a token may not set). */
  labels: string[];
}

/** A branch's tip: the commit and its tree. */
export interface BranchTip {
  commit: string;
  tree: string;
}

/** A file in a tree: its path and the git blob sha of its content. */
export interface TreeFile {
  path: string;
  sha: string;
}

/**
 * The GitHub calls the git-native features make (base files, period issues, the badge branch),
 * kept as narrow as the comment calls so tests hand in the loopback server or a fake.
 */
export interface GitNativeClient {
  /** A file's bytes at a commit, through the contents API; undefined when it does not exist there. */
  getFileAtRef(path: string, ref: string): Promise<Uint8Array | undefined>;
  /** Every issue (open and closed) carrying the label, oldest first, across all pages. */
  listIssuesWithLabel(label: string): Promise<IssueInfo[]>;
  /** Opens an issue with the labels. */
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<IssueInfo>;
  /** Replaces an issue's body (and reopens it when asked). */
  updateIssue(number: number, update: { body: string; state?: 'open' }): Promise<IssueInfo>;
  /** The tip of a branch, or undefined when there is no such branch. */
  getBranchTip(branch: string): Promise<BranchTip | undefined>;
  /** Every file of a tree, recursively. */
  listTreeFiles(tree: string): Promise<TreeFile[]>;
  /** Stores a blob and returns its sha. */
  createBlob(content: Uint8Array): Promise<string>;
  /** Makes a tree of the files on top of `base` (none for a fresh tree) and returns its sha. */
  createTree(files: TreeFile[], base?: string): Promise<string>;
  /** Makes a commit and returns its sha; no parents makes an orphan. */
  createCommit(message: string, tree: string, parents: string[]): Promise<string>;
  /** Points a branch at a commit, creating the branch when `create`. */
  setBranch(branch: string, commit: string, create: boolean): Promise<void>;
}

type Octokit = ReturnType<typeof github.getOctokit>;

/** The client's wrapper that turns an Octokit failure into a GitHubApiError naming the call. */
export type CallWrapper = <T>(what: string, request: () => Promise<T>) => Promise<T>;

async function orUndefinedOn404<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return undefined;
    throw error;
  }
}

interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  user: { login: string } | null;
  state: string;
  html_url: string;
  labels?: (string | { name?: string })[];
  pull_request?: unknown;
}

function toIssue(raw: RawIssue): IssueInfo {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? '',
    author: raw.user?.login,
    state: raw.state,
    url: raw.html_url,
    labels: (raw.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
  };
}

/**
 * A repository path or branch for a URL, each segment escaped but the slashes kept: Octokit's route
 * templates escape `/` as `%2F`, which the contents API answers with 404 for fine-grained tokens.
 */
function segments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The git-native calls on an Octokit bound to one repository. */
export function gitNativeMethods(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  call: CallWrapper,
): GitNativeClient {
  return {
    getFileAtRef: (path, ref) =>
      orUndefinedOn404(
        call(`reading ${path} at ${ref.slice(0, 12)}`, async () => {
          // The raw media type returns the bytes whatever the size (the JSON form stops at 1 MB).
          const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${segments(path)}`, {
            ...repo,
            ref,
            mediaType: { format: 'raw' },
            request: { parseSuccessResponseBody: false },
          });
          const data = response.data as unknown;
          if (data instanceof ArrayBuffer) return new Uint8Array(data);
          if (typeof data === 'string') return new TextEncoder().encode(data);
          return new Uint8Array(await new Response(data as ReadableStream).arrayBuffer());
        }),
      ),
    listIssuesWithLabel: (label) =>
      call(`listing issues labelled ${JSON.stringify(label)}`, async () =>
        (
          await octokit.paginate(octokit.rest.issues.listForRepo, {
            ...repo,
            labels: label,
            state: 'all',
            sort: 'created',
            direction: 'asc',
            per_page: 100,
          })
        )
          .filter((issue) => !(issue as RawIssue).pull_request)
          .map((issue) => toIssue(issue as RawIssue)),
      ),
    createIssue: (issue) =>
      call(`opening issue ${JSON.stringify(issue.title)}`, async () =>
        toIssue((await octokit.rest.issues.create({ ...repo, ...issue })).data as RawIssue),
      ),
    updateIssue: (number, update) =>
      call(`updating issue #${number}`, async () =>
        toIssue(
          (await octokit.rest.issues.update({ ...repo, issue_number: number, ...update })).data as RawIssue,
        ),
      ),
    getBranchTip: (branch) =>
      orUndefinedOn404(
        call(`reading branch ${branch}`, async () => {
          const ref = await octokit.request(
            `GET /repos/{owner}/{repo}/git/ref/heads/${segments(branch)}`,
            repo,
          );
          const sha = (ref.data as { object: { sha: string } }).object.sha;
          const commit = await octokit.rest.git.getCommit({ ...repo, commit_sha: sha });
          return { commit: commit.data.sha, tree: commit.data.tree.sha };
        }),
      ),
    listTreeFiles: (tree) =>
      call(`reading tree ${tree.slice(0, 12)}`, async () =>
        (await octokit.rest.git.getTree({ ...repo, tree_sha: tree, recursive: 'true' })).data.tree
          .filter((entry) => entry.type === 'blob' && entry.path && entry.sha)
          .map((entry) => ({ path: entry.path!, sha: entry.sha! })),
      ),
    createBlob: (content) =>
      call(
        'storing a blob',
        async () =>
          (
            await octokit.rest.git.createBlob({
              ...repo,
              content: Buffer.from(content).toString('base64'),
              encoding: 'base64',
            })
          ).data.sha,
      ),
    createTree: (files, base) =>
      call(
        'making a tree',
        async () =>
          (
            await octokit.rest.git.createTree({
              ...repo,
              ...(base ? { base_tree: base } : {}),
              tree: files.map((f) => ({
                path: f.path,
                mode: '100644' as const,
                type: 'blob' as const,
                sha: f.sha,
              })),
            })
          ).data.sha,
      ),
    createCommit: (message, tree, parents) =>
      call(
        'making a commit',
        async () => (await octokit.rest.git.createCommit({ ...repo, message, tree, parents })).data.sha,
      ),
    setBranch: (branch, commit, create) =>
      call(`${create ? 'creating' : 'moving'} branch ${branch}`, async () => {
        if (create) await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit });
        else {
          await octokit.request(`PATCH /repos/{owner}/{repo}/git/refs/heads/${segments(branch)}`, {
            ...repo,
            sha: commit,
          });
        }
      }),
  };
}
