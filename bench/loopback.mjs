// A loopback server answering the three issue-comment endpoints the action calls, paginated the way
// GitHub paginates (per_page, page, Link), counting every request.
import { createServer } from 'node:http';

/** Starts the server; `comments` seeds the pull request's existing comments. */
export async function startLoopback(comments = []) {
  const state = { comments: [...comments], requests: [], nextId: 5000 };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let text = '';
    for await (const chunk of req) text += chunk;
    state.requests.push(`${req.method} ${url.pathname}`);
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const json = (c) => ({ id: c.id, body: c.body, user: { login: c.login } });
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && req.method === 'GET') {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(state.comments.length / perPage));
      const link =
        page < last
          ? {
              link: `<http://${req.headers.host}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`,
            }
          : {};
      return send(200, state.comments.slice((page - 1) * perPage, page * perPage).map(json), link);
    }
    if (list && req.method === 'POST') {
      const comment = { id: state.nextId++, body: JSON.parse(text).body, login: 'github-actions[bot]' };
      state.comments.push(comment);
      return send(201, json(comment));
    }
    if (one && req.method === 'PATCH') {
      const comment = state.comments.find((c) => c.id === Number(one[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = JSON.parse(text).body;
      return send(200, json(comment));
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    state,
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((d) => server.close(d)),
  };
}
