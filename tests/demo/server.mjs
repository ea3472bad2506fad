// Serves the built demo helpdesk (tests/demo/dist) on http://localhost:PORT.
//
//   /agent/tickets/<id>  Zendesk Agent Workspace (CKEditor 5; one HTML for every id: it is a SPA)
//   /a/tickets/<id>      Freshdesk Mint UI (Froala; one HTML for every id: it is a SPA)
//   /plain               plain support form (<textarea id="reply">)
//   /strict              the plain form under a strict Content-Security-Policy with Trusted Types
//   /prosemirror         support form whose reply box is a ProseMirror editor
//   /quill               support form whose reply box is a Quill 2 editor
//   /iframe              the plain form plus a same-origin app iframe (/iframe-app) with its own textarea
//   /assets/...          the built scripts and styles
//   /                    redirects to /agent/tickets/1001
//   /team-bank.json      test only: a team bank file (ETag, 304 on If-None-Match); POST /__test/team-bank sets its
//                        body, GET /__test/team-bank-log lists the requests it received (method, URL, headers, body)
//
// The URL host is `localhost`, never 127.0.0.1: the e2e extension build matches `http://localhost/*`
// only. `node tests/demo/server.mjs [port]` builds if needed, then serves until killed.

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { lookup } from 'node:dns/promises';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, buildDemo } from './build.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** What helpdesks with a hardened front end send: no inline code or styles, and Trusted Types for DOM sinks. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Page routes: URL pattern → built HTML, plus any headers that route alone gets. */
const PAGES = [
  { pattern: /^\/agent\/tickets\/\d+\/?$/, file: join('zendesk', 'index.html') },
  { pattern: /^\/a\/tickets\/\d+\/?$/, file: join('freshdesk', 'index.html') },
  { pattern: /^\/plain\/?$/, file: join('plain', 'index.html') },
  { pattern: /^\/strict\/?$/, file: join('plain', 'index.html'), headers: { 'content-security-policy': STRICT_CSP } },
  { pattern: /^\/prosemirror\/?$/, file: join('prosemirror', 'index.html') },
  { pattern: /^\/quill\/?$/, file: join('quill', 'index.html') },
  { pattern: /^\/iframe\/?$/, file: join('iframe', 'index.html') },
  { pattern: /^\/iframe-app\/?$/, file: join('iframe-app', 'index.html') },
];

/**
 * Maps a URL path to a file inside dist (and the route's extra headers), or undefined.
 * Never escapes dist (no `..`, no dotfiles).
 */
function routeFor(pathname) {
  const page = PAGES.find(({ pattern }) => pattern.test(pathname));
  if (page) return { path: join(DIST, page.file), headers: page.headers ?? {} };
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) return undefined;
  const path = normalize(join(DIST, decoded));
  return path.startsWith(DIST + sep) ? { path, headers: {} } : undefined;
}

/** The team-bank test route: a body the test switches, and what reached the server (what went on the wire). */
const teamBank = {
  body: JSON.stringify({ phrases: [] }),
  log: [],
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleTeamBank(req, res, pathname) {
  if (pathname === '/__test/team-bank' && req.method === 'POST') {
    teamBank.body = await readBody(req);
    return send(res, 204, '');
  }
  if (pathname === '/__test/team-bank-log') return send(res, 200, JSON.stringify(teamBank.log), { 'content-type': 'application/json' });
  const body = await readBody(req);
  teamBank.log.push({ method: req.method, url: req.url, headers: req.headers, bodyLength: body.length });
  const etag = `"${createHash('sha256').update(teamBank.body).digest('hex').slice(0, 16)}"`;
  if (req.headers['if-none-match'] === etag) return send(res, 304, '', { etag });
  return send(res, 200, teamBank.body, { 'content-type': 'application/json; charset=utf-8', etag });
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

async function handle(req, res) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/team-bank.json' || pathname.startsWith('/__test/team-bank')) return handleTeamBank(req, res, pathname);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
  if (pathname === '/') return send(res, 302, 'Found\n', { location: '/agent/tickets/1001' });
  const route = routeFor(pathname);
  const info = route ? await stat(route.path).catch(() => undefined) : undefined;
  if (!route || !info?.isFile()) return send(res, 404, `Not found: ${pathname}\n`);
  const body = await readFile(route.path);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(route.path)] ?? 'application/octet-stream',
    'content-length': body.length,
    // dist is rebuilt between runs under the same names (the HTML) — never let the browser keep an old copy.
    'cache-control': 'no-store',
    ...route.headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

/**
 * Starts the demo server on localhost. `localhost` can resolve to ::1 and 127.0.0.1; the server
 * listens on each loopback address it resolves to (same port), so whichever one the browser or
 * node's fetch tries first answers.
 */
export async function startDemoServer({ port = 0 } = {}) {
  const index = join(DIST, 'zendesk', 'index.html');
  if (!(await stat(index).catch(() => undefined))) {
    throw new Error(`demo not built: ${index} is missing (run \`node tests/demo/build.mjs\` or buildDemo())`);
  }
  const onRequest = (req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, `Server error: ${error instanceof Error ? error.message : error}\n`);
      else res.destroy();
    });
  };
  const addresses = [...new Set((await lookup('localhost', { all: true })).map(({ address }) => address))];
  const servers = [];
  let chosenPort = port;
  for (const [i, address] of addresses.entries()) {
    const server = createServer(onRequest);
    try {
      chosenPort = await listen(server, chosenPort, address);
      servers.push(server);
    } catch (error) {
      // The first address must work; a second loopback family may be absent (no IPv6) — skip it.
      if (i === 0) throw error;
    }
  }
  return {
    url: `http://localhost:${chosenPort}`,
    port: chosenPort,
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise((resolve, reject) => {
              server.close((error) => (error ? reject(error) : resolve()));
              server.closeAllConnections();
            }),
        ),
      ).then(() => undefined),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const requested = process.argv[2] === undefined ? 0 : Number(process.argv[2]);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    console.error(`port must be an integer 0–65535, got "${process.argv[2]}"`);
    process.exit(1);
  }
  try {
    await buildDemo();
    const { url } = await startDemoServer({ port: requested });
    console.log(`demo helpdesk: ${url}/agent/tickets/1001  (also /a/tickets/2001, /plain, /strict, /prosemirror, /quill, /iframe)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
