import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceApi, type ServiceApi } from '../../services/handlers';
import { insertBusinesses, makeProject, makeTempDir, type TestBusiness } from '../helpers/temp-project';

let tmp: ReturnType<typeof makeTempDir>;
let api: ServiceApi;
let roundId: number;
const KEC = ['35.75.01', '35.75.02', '35.75.03', '35.75.04'];

beforeAll(() => {
  tmp = makeTempDir();
  const p = makeProject(tmp.dir, 'besar');
  const rows: TestBusiness[] = Array.from({ length: 60_000 }, (_, i) => ({
    kec: KEC[i % 4]!, kel: `${KEC[i % 4]}.1001`, omzet: 1_000_000 + (i % 997) * 10_000, jenis: i % 3 ? 'warung kopi' : 'jahit', l: 1, p: i % 2,
  }));
  p.db.transaction(() => insertBusinesses(p.db, p.roundId, rows))();
  p.db.close();
  roundId = p.roundId;
  api = createServiceApi('browser');
  api.session.open(join(tmp.dir, 'besar.sqlite'), false);
}, 60_000);
afterAll(() => {
  api.close();
  tmp.cleanup();
});

describe('classifying a round for the tables', () => {
  it('runs in a worker thread: the API answers other calls while a large round is classified', async () => {
    const order: string[] = [];
    const rekap = api.invoke('tables:rekap', { filter: { roundId }, by: 'kecamatan' }).then((r) => {
      order.push('rekap');
      return r;
    });
    const info = api.invoke('app:info', {}).then((r) => {
      order.push('info');
      return r;
    });
    // The event loop keeps turning while the round is classified (it would stand still for the whole
    // classification if it ran on this thread).
    let turns = 0;
    const timer = setInterval(() => turns++, 5);
    const [r, i] = await Promise.all([rekap, info]);
    clearInterval(timer);
    expect(i.ok).toBe(true);
    expect(order).toEqual(['info', 'rekap']);
    expect(turns).toBeGreaterThanOrEqual(5);
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.data as { total: { jumlah_data?: number; businesses?: number } }).total).toBeTruthy();
  });

  it('stores the classification so the tables agree with the recap', async () => {
    const rekap = await api.invoke('tables:rekap', { filter: { roundId }, by: 'kecamatan' });
    const recap = await api.invoke('recap:get', { filter: { roundId }, by: 'kecamatan' });
    expect(rekap.ok && recap.ok).toBe(true);
    const summary = await api.invoke('classify:summary', { filter: { roundId } });
    expect(summary.ok).toBe(true);
    expect(JSON.stringify(summary)).toContain('60000');
  });
});
