import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceApi } from '../handlers';
import { serveDownload, serveStatic } from './static-files';
import { resolveExportsDir } from '../project/app-home';
import { logError } from '../log';

/** Large enough for a 400,000-row survey uploaded as base64 from the browser mode. */
const MAX_BODY_BYTES = 1024 * 1024 * 1024;

export interface BrowserServer {
  server: Server;
  port: number;
  token: string;
  /** The URL to open, with the per-run token. */
  url: string;
  close(): Promise<void>;
}

/**
 * The browser-mode transport: the same API over loopback HTTP. Only 127.0.0.1 is bound; every API call
 * needs the per-run random token, and Host/Origin are checked so another site open in the same browser
 * cannot reach it (DNS rebinding, cross-origin POSTs).
 */
export async function startBrowserServer(api: ServiceApi, options: { port?: number; staticRoot: string }): Promise<BrowserServer> {
  const token = randomBytes(24).toString('base64url');
  const server = createServer((req, res) => {
    handleRequest(api, token, options.staticRoot, req, res).catch((err) => {
      logError('http request failed', err);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Terjadi kesalahan internal.' } });
      else res.end();
    });
  });
  server.requestTimeout = 0; // imports and clustering may legitimately run for minutes
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
}

function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function handleRequest(api: ServiceApi, token: string, root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const port = (req.socket.localPort ?? 0).toString();
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    sendJson(res, 403, { ok: false, error: { code: 'VALIDATION', message: 'Host tidak diizinkan.' } });
    return;
  }
  const origin = req.headers.origin;
  if (origin && !allowedHosts.some((h) => origin === `http://${h}`)) {
    sendJson(res, 403, { ok: false, error: { code: 'VALIDATION', message: 'Asal permintaan tidak diizinkan.' } });
    return;
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  if (!url.pathname.startsWith('/api/')) {
    if (req.method !== 'GET') return void sendJson(res, 405, { ok: false, error: { code: 'VALIDATION', message: 'Metode tidak diizinkan.' } });
    return serveStatic(root, url.pathname, res);
  }
  // EventSource and download links cannot set headers, so those two GET routes also take ?token=.
  const queryTokenAllowed = req.method === 'GET' && (url.pathname === '/api/events' || url.pathname.startsWith('/api/files/'));
  const given = (req.headers['x-peta-token'] as string | undefined) ?? (queryTokenAllowed ? url.searchParams.get('token') : null);
  if (!tokenMatches(token, given)) {
    sendJson(res, 401, { ok: false, error: { code: 'VALIDATION', message: 'Token akses tidak ada atau salah.' } });
    return;
  }
  if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(api, req, res);
  if (url.pathname.startsWith('/api/files/') && req.method === 'GET') {
    return serveDownload(resolveExportsDir(), decodeURIComponent(url.pathname.slice('/api/files/'.length)), res);
  }
  if (req.method !== 'POST') return void sendJson(res, 405, { ok: false, error: { code: 'VALIDATION', message: 'Gunakan POST.' } });
  const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
  const body = await readBody(req);
  if (body === null) return void sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: 'Permintaan terlalu besar.' } });
  let request: unknown;
  try {
    request = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return void sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Isi permintaan bukan JSON yang sah.' } });
  }
  sendJson(res, 200, await api.invoke(channel, request));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Server-Sent Events: `event: <name>` + `data: <json>` per API event. */
function streamEvents(api: ServiceApi, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const off = api.on('job:progress', (p) => res.write(`event: job:progress\ndata: ${JSON.stringify(p)}\n\n`));
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 15000);
  req.on('close', () => {
    off();
    clearInterval(keepAlive);
  });
}
