import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceApi, type ServiceApi } from '../../services/handlers';
import { startBrowserServer, type BrowserServer } from '../../services/http/server';
import { insertBusinesses, makeProject, makeTempDir } from '../helpers/temp-project';

let tmp: ReturnType<typeof makeTempDir>;
let api: ServiceApi;
let srv: BrowserServer;
let projectPath: string;

beforeAll(async () => {
  tmp = makeTempDir();
  process.env.PETA_HOME = join(tmp.dir, 'home');
  const p = makeProject(tmp.dir, 'Kota Uji');
  insertBusinesses(p.db, p.roundId, [{ kec: '35.75.01', kel: '35.75.01.1001' }, { kec: '35.75.02', kel: '35.75.02.1001' }]);
  p.db.close();
  projectPath = p.path;
  api = createServiceApi('browser');
  srv = await startBrowserServer(api, { port: 0, staticRoot: join(tmp.dir, 'static') });
});
afterAll(async () => {
  await srv.close();
  api.close();
  tmp.cleanup();
});

const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${srv.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('browser-mode server', () => {
  it('listens on loopback only and prints a URL carrying its token', () => {
    expect(srv.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    expect((srv.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('refuses an API request without the token', async () => {
    const res = await post('app:info', {});
    expect(res.status).toBe(401);
    expect((await res.json()).ok).toBe(false);
  });

  it('refuses an API request with a wrong token', async () => {
    const res = await post('app:info', {}, { 'X-Peta-Token': 'x'.repeat(srv.token.length) });
    expect(res.status).toBe(401);
  });

  it('refuses a request from another origin even with the token', async () => {
    const res = await post('app:info', {}, { 'X-Peta-Token': srv.token, Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('answers with the result envelope when the token is right', async () => {
    const res = await post('projects:open', { path: projectPath }, { 'X-Peta-Token': srv.token });
    const body = await res.json();
    expect(body.ok).toBe(true);
    expect(body.data.name).toBe('Kota Uji');
    expect(body.data.rounds[0].business_count).toBe(2);
  });

  it('returns a validation error as data for a request that breaks the contract', async () => {
    const body = await (await post('businesses:list', { filter: { roundId: 'satu' }, offset: 0, limit: 5 }, { 'X-Peta-Token': srv.token })).json();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.message).toMatch(/filter\.roundId/);
  });

  it('returns NOT_FOUND as data for a channel that does not exist', async () => {
    const body = await (await post('tidak:ada', {}, { 'X-Peta-Token': srv.token })).json();
    expect(body.error.code).toBe('NOT_FOUND');
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`http://127.0.0.1:${srv.port}/..%2f..%2fetc%2fpasswd`);
    expect(res.status).toBe(404);
  });
});

describe('browser-mode downloads', () => {
  it('serves an exported file from the exports folder with the token', async () => {
    const info = await (await post('app:info', {}, { 'X-Peta-Token': srv.token })).json();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(info.data.exports_dir, 'rekap.csv'), 'NO;URAIAN\n1;Gadingrejo\n');
    const res = await fetch(`http://127.0.0.1:${srv.port}/api/files/rekap.csv?token=${srv.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="rekap.csv"/);
    expect(await res.text()).toBe('NO;URAIAN\n1;Gadingrejo\n');
  });

  it('refuses a download without the token', async () => {
    const res = await fetch(`http://127.0.0.1:${srv.port}/api/files/rekap.csv`);
    expect(res.status).toBe(401);
  });

  it('never serves a file outside the exports folder', async () => {
    const res = await fetch(`http://127.0.0.1:${srv.port}/api/files/..%2F..%2Fproject.sqlite?token=${srv.token}`);
    expect(res.status).toBe(404);
  });
});
