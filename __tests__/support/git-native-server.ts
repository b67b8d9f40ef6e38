import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { FakeGitHubApi, type RecordedRequest } from './github-api.js';

interface Issue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  user: { login: string; type: string };
  state: string;
}

/** What the git-native endpoints hold: files by commit, issues, and a git object store. */
export interface GitHubState {
  /** `files[sha][path]` is the file's text at that commit. */
  files: Record<string, Record<string, string>>;
  issues: Issue[];
  refs: Record<string, string>;
  commits: Record<string, { tree: string; parents: string[]; message: string }>;
  trees: Record<string, { path: string; sha: string }[]>;
  blobs: Record<string, Buffer>;
  /** Every git-native request is answered with this status instead (e.g. 500 to force the git fallback). */
  failWith?: number;
}

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');

function send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(data));
  return true;
}

/**
 * The endpoints of the git-native features, answered the way GitHub does (raw contents at a ref,
 * issues paginated with Link headers, the git data API), added to the comment fake with `use`.
 */
export class GitNativeRoutes {
  readonly state: GitHubState = { files: {}, issues: [], refs: {}, commits: {}, trees: {}, blobs: {} };

  constructor(
    private readonly base: string,
    private readonly url: () => string,
    private readonly login: string,
  ) {}

  /** Forgets everything stored. */
  reset(): void {
    Object.assign(this.state, {
      files: {},
      issues: [],
      refs: {},
      commits: {},
      trees: {},
      blobs: {},
      failWith: undefined,
    });
  }

  /** Adds an issue as if `login` (by default the action's account) had opened it. */
  addIssue(issue: Partial<Issue> & { title: string }, login = this.login): Issue {
    const full: Issue = {
      number: this.state.issues.length + 1,
      body: '',
      labels: [],
      state: 'open',
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      ...issue,
    };
    this.state.issues.push(full);
    return full;
  }

  private issueJson(issue: Issue) {
    return {
      ...issue,
      labels: issue.labels.map((name) => ({ name })),
      html_url: `https://github.test${this.base.replace(/^\/repos/, '')}/issues/${issue.number}`,
    };
  }

  /** The route handler for FakeGitHubApi.use. */
  readonly handle = (request: RecordedRequest, login: string, res: ServerResponse): boolean => {
    const full = decodeURIComponent(request.path);
    if (!full.startsWith(`${this.base}/`)) return false;
    const path = full.slice(this.base.length);
    const s = this.state;
    const body = request.body as Record<string, unknown> | undefined;
    const notFound = () => send(res, 404, { message: 'Not Found' });
    const is = (method: string, pattern: RegExp) => (request.method === method ? pattern.exec(path) : null);
    let m: RegExpExecArray | null;
    if (!/^\/(contents\/|issues$|issues\/\d+$|git\/)/.test(path)) return false;
    if (s.failWith) return send(res, s.failWith, { message: 'Server Error' });

    if ((m = is('GET', /^\/contents\/(.+)$/))) {
      const content = s.files[request.query.ref ?? '']?.[m[1]!];
      if (content === undefined) return notFound();
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
      res.end(content);
      return true;
    }
    if (is('GET', /^\/issues$/)) {
      const perPage = Number(request.query.per_page ?? 30);
      const page = Number(request.query.page ?? 1);
      const label = request.query.labels;
      const matching = s.issues.filter((i) => !label || i.labels.includes(label));
      const last = Math.max(1, Math.ceil(matching.length / perPage));
      const next = new URL(`${this.url()}${request.path}`);
      for (const [k, v] of Object.entries(request.query)) next.searchParams.set(k, v);
      next.searchParams.set('page', String(page + 1));
      const link: Record<string, string> = page < last ? { link: `<${next.toString()}>; rel="next"` } : {};
      const slice = matching.slice((page - 1) * perPage, page * perPage);
      return send(
        res,
        200,
        slice.map((i) => this.issueJson(i)),
        link,
      );
    }
    if (is('POST', /^\/issues$/)) {
      const b = body as { title: string; body: string; labels: string[] };
      return send(
        res,
        201,
        this.issueJson(this.addIssue({ title: b.title, body: b.body, labels: b.labels }, login)),
      );
    }
    if ((m = is('PATCH', /^\/issues\/(\d+)$/))) {
      const issue = s.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return notFound();
      Object.assign(issue, body);
      return send(res, 200, this.issueJson(issue));
    }
    if ((m = is('GET', /^\/git\/ref\/heads\/(.+)$/))) {
      const sha = s.refs[m[1]!];
      return sha
        ? send(res, 200, { ref: `refs/heads/${m[1]}`, object: { sha, type: 'commit' } })
        : notFound();
    }
    if ((m = is('GET', /^\/git\/commits\/(\w+)$/))) {
      const commit = s.commits[m[1]!];
      return commit
        ? send(res, 200, { sha: m[1], tree: { sha: commit.tree }, message: commit.message })
        : notFound();
    }
    if ((m = is('GET', /^\/git\/trees\/(\w+)$/))) {
      const tree = s.trees[m[1]!];
      if (!tree) return notFound();
      const entries = tree.map((e) => ({ ...e, type: 'blob', mode: '100644' }));
      return send(res, 200, { sha: m[1], tree: entries, truncated: false });
    }
    if (is('POST', /^\/git\/blobs$/)) {
      const content = Buffer.from((body as { content: string }).content, 'base64');
      const sha = sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]));
      s.blobs[sha] = content;
      return send(res, 201, { sha });
    }
    if (is('POST', /^\/git\/trees$/)) {
      const b = body as { base_tree?: string; tree: { path: string; sha: string }[] };
      const entries = new Map((b.base_tree ? (s.trees[b.base_tree] ?? []) : []).map((e) => [e.path, e.sha]));
      for (const e of b.tree) entries.set(e.path, e.sha);
      const tree = [...entries]
        .map(([p, sha]) => ({ path: p, sha }))
        .sort((a, c) => a.path.localeCompare(c.path));
      const sha = sha1(JSON.stringify(tree));
      s.trees[sha] = tree;
      return send(res, 201, { sha });
    }
    if (is('POST', /^\/git\/commits$/)) {
      const b = body as { message: string; tree: string; parents: string[] };
      const sha = sha1(JSON.stringify(b));
      s.commits[sha] = b;
      return send(res, 201, { sha });
    }
    if (is('POST', /^\/git\/refs$/)) {
      const b = body as { ref: string; sha: string };
      const branch = b.ref.replace(/^refs\/heads\//, '');
      if (s.refs[branch]) return send(res, 422, { message: 'Reference already exists' });
      s.refs[branch] = b.sha;
      return send(res, 201, { ref: b.ref, object: { sha: b.sha } });
    }
    if ((m = is('PATCH', /^\/git\/refs\/heads\/(.+)$/))) {
      if (!s.refs[m[1]!]) return send(res, 422, { message: 'Reference does not exist' });
      s.refs[m[1]!] = (body as { sha: string }).sha;
      return send(res, 200, { ref: `refs/heads/${m[1]}`, object: { sha: s.refs[m[1]!] } });
    }
    return notFound();
  };
}

/** The comment fake with the git-native endpoints added, for tests of these features. */
export class GitNativeServer {
  readonly routes: GitNativeRoutes;
  private constructor(readonly api: FakeGitHubApi) {
    this.routes = new GitNativeRoutes(
      `/repos/${api.owner}/${api.repo}`,
      () => api.url,
      'github-actions[bot]',
    );
    api.use(this.routes.handle);
  }

  /** Starts the fake for repository `owner/repo` (default o/r), accepting `tokens` (token to login). */
  static async start(tokens: Record<string, string>, owner = 'o', repo = 'r'): Promise<GitNativeServer> {
    return new GitNativeServer(await FakeGitHubApi.start({ owner, repo, tokens }));
  }

  get url(): string {
    return this.api.url;
  }
  get state(): GitHubState {
    return this.routes.state;
  }
  get requests(): RecordedRequest[] {
    return this.api.requests;
  }

  /** The requests whose method and path match. */
  calls(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Adds an issue as if `login` had opened it. */
  addIssue(issue: Partial<Issue> & { title: string }, login?: string): Issue {
    return this.routes.addIssue(issue, login);
  }

  /** Stops the server. */
  stop(): Promise<void> {
    return this.api.close();
  }
}
