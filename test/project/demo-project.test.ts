import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoProject } from '../../services/project/demo-project';
import { JobRegistry } from '../../services/jobs/job-registry';
import { openProjectDb, APPLICATION_ID } from '../../services/db/open';
import { describeProject } from '../../services/project/project-meta';
import { computeRecap } from '../../services/data/recap';
import { Session } from '../../services/project/session';
import { makeTempDir } from '../helpers/temp-project';

let tmp: ReturnType<typeof makeTempDir>;
let demoPath: string;

beforeAll(async () => {
  tmp = makeTempDir();
  const jobs = new JobRegistry(() => undefined);
  demoPath = await jobs.run(undefined, (job) => ensureDemoProject(job, tmp.dir));
}, 180_000);
afterAll(() => tmp.cleanup());

describe('demo project', () => {
  it('is a marked-synthetic project file with the Kota Pasuruan survey imported as one round', () => {
    const { db, schemaVersion } = openProjectDb(demoPath);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const info = describeProject(db, demoPath, schemaVersion);
    expect(info.synthetic).toBe(true);
    expect(info.name).toMatch(/SINTETIS/);
    expect(info.rounds).toHaveLength(1);
    expect(info.rounds[0]!.business_count).toBeGreaterThan(12_580);
    const recap = computeRecap(db, { roundId: info.rounds[0]!.id }, 'kecamatan');
    expect(recap.rows.map((r) => r.name)).toEqual(['Gadingrejo', 'Purworejo', 'Bugul Kidul', 'Panggungrejo']);
    expect(Object.values(recap.lost).reduce((a, b) => a + b, 0)).toBe(2_772);
    db.close();
  });

  it('leaves no build files behind and opens again without rebuilding', async () => {
    expect(readdirSync(join(tmp.dir, 'demo')).filter((f) => /building|\.part$/.test(f))).toEqual([]);
    const jobs = new JobRegistry(() => undefined);
    expect(await jobs.run(undefined, (job) => ensureDemoProject(job, tmp.dir))).toBe(demoPath);
  });

  it('opens repeatedly through a session (WAL set up cleanly each time)', () => {
    for (let i = 0; i < 3; i++) {
      const s = new Session();
      expect(s.open(demoPath, false).synthetic).toBe(true);
      s.close();
    }
  });
});
