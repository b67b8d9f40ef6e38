import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the server answered, as tests assert on it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

interface Issue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  user: { login: string; type: string };
  state: string;
  pull_request?: unknown;
}

/** What the server holds: files by commit, issues, and a git object store for the data API. */
export interface GitHubState {
  /** `files[sha][path]` is the file's text at that commit. */
  files: Record<string, Record<string, string>>;
  issues: Issue[];
  /** The login the token writes as. */
  login: string;
  refs: Record<string, string>;
  commits: Record<string, { tree: string; parents: string[]; message: string }>;
  trees: Record<string, { path: string; sha: string }[]>;
  blobs: Record<string, Buffer>;
  /** Paths answered with this status instead (e.g. 500 to force the git fallback). */
  failWith?: number;
}

const sha1 = (text: string | Buffer) => createHash('sha1').update(text).digest('hex');

/**
 * A loopback HTTP server that answers the GitHub REST calls of the git-native features the way
 * GitHub does: raw contents at a ref, issues paginated with Link headers, and the git data API.
 */
export class GitNativeServer {
  readonly requests: RecordedRequest[] = [];
  readonly state: GitHubState = {
    files: {},
    issues: [],
    login: 'github-actions[bot]',
    refs: {},
    commits: {},
    trees: {},
    blobs: {},
  };
  private server?: Server;
  url = '';

  /** Starts listening on an ephemeral port of 127.0.0.1. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Stops the server. */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The requests whose method and path match, e.g. `('POST', /\/git\/commits$/)`. */
  calls(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Adds an issue as if someone (by default the action's account) had opened it. */
  addIssue(issue: Partial<Issue> & { title: string }, login = this.state.login): Issue {
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
      html_url: `https://github.test/o/r/issues/${issue.number}`,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    const request = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body,
    };
    this.requests.push(request);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
    };
    if (this.state.failWith) return send(this.state.failWith, { message: 'Server Error' });
    const notFound = () => send(404, { message: 'Not Found' });
    const s = this.state;
    const path = request.path.replace(/^\/repos\/[^/]+\/[^/]+/, '');
    let m: RegExpExecArray | null;

    if (request.method === 'GET' && (m = /^\/contents\/(.+)$/.exec(path))) {
      const content = s.files[request.query.ref ?? '']?.[m[1]!];
      if (content === undefined) return notFound();
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw' });
      return void res.end(content);
    }
    if (request.method === 'GET' && path === '/issues') {
      const perPage = Number(request.query.per_page ?? 30);
      const page = Number(request.query.page ?? 1);
      const label = request.query.labels;
      const matching = s.issues.filter((i) => !label || i.labels.includes(label));
      const slice = matching.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(matching.length / perPage));
      const next = new URL(`${this.url}${request.path}`);
      for (const [k, v] of Object.entries(request.query)) next.searchParams.set(k, v);
      next.searchParams.set('page', String(page + 1));
      const link: Record<string, string> = page < last ? { link: `<${next.toString()}>; rel="next"` } : {};
      return send(
        200,
        slice.map((i) => this.issueJson(i)),
        link,
      );
    }
    if (request.method === 'POST' && path === '/issues') {
      const b = body as { title: string; body: string; labels: string[] };
      return send(201, this.issueJson(this.addIssue({ title: b.title, body: b.body, labels: b.labels })));
    }
    if (request.method === 'PATCH' && (m = /^\/issues\/(\d+)$/.exec(path))) {
      const issue = s.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return notFound();
      Object.assign(issue, body);
      return send(200, this.issueJson(issue));
    }
    if (request.method === 'GET' && (m = /^\/git\/ref\/heads\/(.+)$/.exec(path))) {
      const sha = s.refs[m[1]!];
      return sha ? send(200, { ref: `refs/heads/${m[1]}`, object: { sha, type: 'commit' } }) : notFound();
    }
    if (request.method === 'GET' && (m = /^\/git\/commits\/(\w+)$/.exec(path))) {
      const commit = s.commits[m[1]!];
      return commit
        ? send(200, { sha: m[1], tree: { sha: commit.tree }, message: commit.message })
        : notFound();
    }
    if (request.method === 'GET' && (m = /^\/git\/trees\/(\w+)$/.exec(path))) {
      const tree = s.trees[m[1]!];
      if (!tree) return notFound();
      return send(200, {
        sha: m[1],
        tree: tree.map((e) => ({ ...e, type: 'blob', mode: '100644' })),
        truncated: false,
      });
    }
    if (request.method === 'POST' && path === '/git/blobs') {
      const content = Buffer.from((body as { content: string }).content, 'base64');
      const sha = sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]));
      s.blobs[sha] = content;
      return send(201, { sha });
    }
    if (request.method === 'POST' && path === '/git/trees') {
      const b = body as { base_tree?: string; tree: { path: string; sha: string }[] };
      const entries = new Map((b.base_tree ? (s.trees[b.base_tree] ?? []) : []).map((e) => [e.path, e.sha]));
      for (const e of b.tree) entries.set(e.path, e.sha);
      const tree = [...entries]
        .map(([p, sha]) => ({ path: p, sha }))
        .sort((a, c) => a.path.localeCompare(c.path));
      const sha = sha1(JSON.stringify(tree));
      s.trees[sha] = tree;
      return send(201, { sha });
    }
    if (request.method === 'POST' && path === '/git/commits') {
      const b = body as { message: string; tree: string; parents: string[] };
      const sha = sha1(JSON.stringify(b));
      s.commits[sha] = b;
      return send(201, { sha });
    }
    if (request.method === 'POST' && path === '/git/refs') {
      const b = body as { ref: string; sha: string };
      const branch = b.ref.replace(/^refs\/heads\//, '');
      if (s.refs[branch]) return send(422, { message: 'Reference already exists' });
      s.refs[branch] = b.sha;
      return send(201, { ref: b.ref, object: { sha: b.sha } });
    }
    if (request.method === 'PATCH' && (m = /^\/git\/refs\/heads\/(.+)$/.exec(path))) {
      if (!s.refs[m[1]!]) return send(422, { message: 'Reference does not exist' });
      s.refs[m[1]!] = (body as { sha: string }).sha;
      return send(200, { ref: `refs/heads/${m[1]}`, object: { sha: s.refs[m[1]!] } });
    }
    return notFound();
  }
}
