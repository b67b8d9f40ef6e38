import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake API received, as the tests inspect it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/repos/acme/isms/issues/7/comments`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** A comment as the fake stores it. */
export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  login: string;
}

/** A canned failure for the next request matching `method` and `path`. */
interface Fault {
  method: string;
  path: RegExp;
  status: number;
  message: string;
  headers: Record<string, string>;
}

/**
 * Extra endpoints a feature's tests add to the fake: return true when the request was answered.
 * The request is authenticated (`login` is the token's account) before a handler sees it.
 */
export type RouteHandler = (request: RecordedRequest, login: string, res: ServerResponse) => boolean;

/** What the fake answers to; `tokens` maps each accepted token to the login it acts as. */
export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  tokens?: Record<string, string>;
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

/**
 * A loopback server answering the issue-comment endpoints the way GitHub's REST API does: `per_page`
 * and `page` with `Link` headers, 201 on create, 404 for unknown comments, 401 for unknown tokens,
 * and faults injected on demand. It records every request so tests can count writes.
 */
export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  readonly owner: string;
  readonly repo: string;
  private readonly tokens: Record<string, string>;
  private readonly faults: Fault[] = [];
  private readonly handlers: RouteHandler[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  private constructor(options: FakeGitHubOptions) {
    this.owner = options.owner ?? 'acme';
    this.repo = options.repo ?? 'isms';
    this.tokens = options.tokens ?? { 'ghs_test-token-0123456789': 'github-actions[bot]' };
  }

  /** Starts a server on 127.0.0.1 and an ephemeral port. */
  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHubApi> {
    const api = new FakeGitHubApi(options);
    const server = createServer((req, res) => void api.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api.server = server;
    api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return api;
  }

  /** Stops the server. */
  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server?.close((error) => (error ? reject(error) : resolve())),
    );
  }

  /** Seeds a comment, as if `login` had written it. */
  addComment(issue: number, body: string, login: string): StoredComment {
    const comment = { id: this.nextId++, issue, body, login };
    this.comments.push(comment);
    return comment;
  }

  /** Adds endpoints beyond the issue comments (contents, issues, the git data API ...). */
  use(handler: RouteHandler): this {
    this.handlers.push(handler);
    return this;
  }

  /** Makes the next request matching method and path fail with `status` and GitHub's error shape. */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    message: string,
    headers: Record<string, string> = {},
  ): void {
    this.faults.push({ method, path, status, message, headers });
  }

  /** The requests that changed something. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  /** Forgets the recorded requests (not the comments), between runs. */
  clearRequests(): void {
    this.requests.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const text = await readBody(req);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: text === '' ? undefined : JSON.parse(text),
    };
    this.requests.push(request);
    const fault = this.faults.findIndex((f) => f.method === request.method && f.path.test(request.path));
    if (fault >= 0) {
      const [f] = this.faults.splice(fault, 1);
      return send(res, f!.status, { message: f!.message }, f!.headers);
    }
    const login = this.tokens[(req.headers.authorization ?? '').replace(/^(token|bearer) /i, '')];
    if (login === undefined) return send(res, 401, { message: 'Bad credentials' });
    this.route(request, login, res);
  }

  private route(request: RecordedRequest, login: string, res: ServerResponse): void {
    const base = `/repos/${this.owner}/${this.repo}/issues`;
    const list = new RegExp(`^${escape(base)}/(\\d+)/comments$`).exec(request.path);
    const one = new RegExp(`^${escape(base)}/comments/(\\d+)$`).exec(request.path);
    if (list && request.method === 'GET') return this.list(Number(list[1]), request, res);
    if (list && request.method === 'POST') {
      const body = (request.body as { body?: unknown } | undefined)?.body;
      if (typeof body !== 'string') return send(res, 422, { message: 'Invalid request: body is required' });
      return send(res, 201, this.json(this.addComment(Number(list[1]), body, login)));
    }
    if (one && request.method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(one[1]));
      const body = (request.body as { body?: unknown } | undefined)?.body;
      if (!comment) return send(res, 404, { message: 'Not Found' });
      if (typeof body !== 'string') return send(res, 422, { message: 'Invalid request: body is required' });
      comment.body = body;
      return send(res, 200, this.json(comment));
    }
    for (const handler of this.handlers) if (handler(request, login, res)) return;
    send(res, 404, { message: 'Not Found' });
  }

  private list(issue: number, request: RecordedRequest, res: ServerResponse): void {
    const perPage = Math.min(
      Number(request.query.per_page ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE,
      MAX_PER_PAGE,
    );
    const page = Math.max(Number(request.query.page ?? 1) || 1, 1);
    const all = this.comments.filter((c) => c.issue === issue);
    const last = Math.max(Math.ceil(all.length / perPage), 1);
    const link = (n: number, rel: string) =>
      `<${this.url}${request.path}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
    const links = [
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
    ];
    const items = all.slice((page - 1) * perPage, page * perPage).map((c) => this.json(c));
    send(res, 200, items, links.length > 0 ? { link: links.join(', ') } : {});
  }

  private json(comment: StoredComment): Record<string, unknown> {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.test/${this.owner}/${this.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: { login: comment.login, id: comment.id, type: comment.login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    };
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
