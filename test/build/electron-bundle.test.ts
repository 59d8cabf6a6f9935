import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-project';

const root = join(__dirname, '..', '..');
const out = join(root, 'dist', 'main');

/** Modules a bundle still requires at run time (everything else is inlined). */
function requiredModules(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...new Set([...code.matchAll(/require\("([^"./][^"]*)"\)/g)].map((m) => m[1]!))].filter((m) => !m.startsWith('node:')).sort();
}

/**
 * Runs a TypeScript script (written by `source` into a temp folder) with the environment main/index.ts
 * gives the packaged app, so services find the bundled workers and migrations; returns its stdout as
 * JSON. `timeout` also proves that no worker keeps the process alive.
 */
function runAgainstBundle<T>(source: (dir: string) => string, timeout = 60_000): T {
  const tmp = makeTempDir();
  try {
    const script = join(tmp.dir, 'run.ts');
    writeFileSync(script, source(tmp.dir));
    const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [script], {
      encoding: 'utf8',
      env: { ...process.env, PETA_WORKERS_DIR: join(out, 'workers'), PETA_MIGRATIONS_DIR: join(out, 'migrations') },
      timeout,
    });
    // stderr is attached as plain text: it may hold stack lines of the bundle that vitest must not map.
    expect({ status: r.status, stderr: r.stderr.replace(/\/[^\s)]+/g, '<path>') }).toMatchObject({ status: 0 });
    return JSON.parse(r.stdout) as T;
  } finally {
    tmp.cleanup();
  }
}

/** `import { names } from '<repo>/<path>';` for a generated script. */
const importFrom = (names: string, path: string) => `import { ${names} } from ${JSON.stringify(join(root, path))};`;

beforeAll(() => {
  // The same command `npm run build:main` runs (esbuild in its own process).
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-main.mjs')], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`build-main failed: ${r.stderr}`);
}, 120_000);

describe('Electron bundle (built without the Electron binary)', () => {
  it('has the main process, the preload, the SQL migrations and the worker entries', () => {
    for (const f of ['index.cjs', 'preload.cjs', join('workers', 'import-worker.cjs'), join('workers', 'prepare-worker.cjs'), join('workers', 'cluster-worker.cjs'), join('workers', 'classify-worker.cjs'), join('workers', 'read-worker.cjs')]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const shipped = readdirSync(join(root, 'services', 'db', 'migrations')).filter((f) => f.endsWith('.sql')).sort();
    expect(readdirSync(join(out, 'migrations')).filter((f) => f.endsWith('.sql')).sort()).toEqual(shipped);
  });

  it('gives the sandboxed preload nothing to require but electron', () => {
    const mods = requiredModules(join(out, 'preload.cjs')).filter((m) => !['fs', 'path', 'url', 'crypto', 'os', 'util'].includes(m));
    expect(mods).toEqual(['electron']);
  });

  it('runs an import through the bundled workers, as the packaged app does', () => {
    const result = runAgainstBundle<{ s: { businesses_imported: number }; n: { n: number } }>((dir) => {
      const csv = join(dir, 'survei.csv');
      writeFileSync(csv, 'Nama Pelaku Usaha;Kecamatan;Kelurahan;Omset per Tahun (Rp)\nAni;Gadingrejo;Gentong;Rp 12.000.000\nBudi;Purworejo;Pohjentrek;1,5 jt\n');
      return `${importFrom('openProjectDb', 'services/db/open')}
${importFrom('initialiseProject', 'services/project/project-meta')}
${importFrom('JobRegistry', 'services/jobs/job-registry')}
${importFrom('runImport', 'services/import')}
const { db } = openProjectDb(${JSON.stringify(join(dir, 'p.sqlite'))}, { create: true });
initialiseProject(db, 'uji', false);
const jobs = new JobRegistry(() => undefined);
jobs.run(undefined, (job) => runImport(db, { source: { kind: 'path', path: ${JSON.stringify(csv)} } }, job)).then((s) => {
  process.stdout.write(JSON.stringify({ s, n: db.prepare('SELECT count(*) AS n FROM businesses').get() }));
});
`;
    });
    expect(result.s.businesses_imported).toBe(2);
    expect(result.n.n).toBe(2);
  });

  it('prepares a clustering input in the bundled read worker, identical to the calling thread', () => {
    const result = runAgainstBundle<{ used: string | null; rows: number; hash: boolean; same: boolean }>((dir) => `${importFrom('addRound, createProject, insertSegments', 'test/cluster/project')}
${importFrom('JobRegistry', 'services/jobs/job-registry')}
${importFrom('resolveWorkerScript', 'services/jobs/worker-script')}
${importFrom('prepareInput', 'services/cluster/prepare-input')}
${importFrom('prepareInputInWorker', 'services/cluster/prepare-input-in-worker')}
const file = ${JSON.stringify(join(dir, 'p.sqlite'))};
const db = createProject(file);
const roundId = addRound(db, 'Pendataan 2022', 2022);
insertSegments(db, roundId, 500, 3, { missingAset: 0.1 });
const features = [{ key: 'omzet_tahunan' }, { key: 'aset' }, { key: 'bidang_usaha' }, { key: 'kelas_usaha' }];
const missing = { mode: 'impute', group: 'kecamatan' } as const;
const used = resolveWorkerScript(undefined, 'read-worker');
new JobRegistry(() => undefined).run(undefined, (job) => prepareInputInWorker(db, file, { roundId }, features, missing, job)).then((w) => {
  const here = prepareInput(db, { roundId }, features, missing);
  const same = Buffer.compare(Buffer.from(w.matrix.data.buffer), Buffer.from(here.matrix.data.buffer)) === 0;
  process.stdout.write(JSON.stringify({ used: used && used.kind === 'file' ? used.url.pathname : null, rows: w.matrix.rows, hash: w.inputHash === here.inputHash, same }));
});
`);
    expect(result.used).toBe(join(out, 'workers', 'read-worker.cjs'));
    expect(result).toMatchObject({ rows: 1500, hash: true, same: true });
  });

  it('runs k-means restarts on WebAssembly in the bundled clustering worker, as the packaged app does', () => {
    const result = runAgainstBundle<{ used: string | null; backend: string; same: boolean }>(() => `${importFrom('ClusterPool', 'services/cluster/worker-pool')}
${importFrom('resolveWorkerScript', 'services/jobs/worker-script')}
${importFrom('runKmeansRestart', 'shared/cluster/kmeans')}
${importFrom('makeBlobs', 'test/cluster/helpers')}
const x = makeBlobs(3000, 6, 5, 2, 1.2);
const used = resolveWorkerScript(undefined, 'cluster-worker');
const pool = new ClusterPool(x, 1);
pool.run({ type: 'kmeans', k: 5, seed: 3, restart: 0, maxIterations: 300, tolAbs: 0 }).then(async (o) => {
  const here = runKmeansRestart(x, 5, 3, 0, 300, 0);
  await pool.close();
  const same = o.labels.every((l, i) => l === here.labels[i]) && o.centers.every((c, i) => Object.is(c, here.centers[i]));
  process.stdout.write(JSON.stringify({ used: used && used.kind === 'file' ? used.url.pathname : null, backend: o.backend, same }));
});
`);
    expect(result).toEqual({ used: join(out, 'workers', 'cluster-worker.cjs'), backend: 'wasm-simd', same: true });
  });

  it('reads the quality flags in the bundled read worker, identical to the calling thread, and lets the script end at once', () => {
    // Well under the minute a read worker waits for the next read: a waiting worker must not keep the process alive.
    const result = runAgainstBundle<{ used: string | null; flagged: number; same: boolean }>((dir) => `${importFrom('addRound, createProject, insertSegments', 'test/cluster/project')}
${importFrom('resolveWorkerScript', 'services/jobs/worker-script')}
${importFrom('runReadInWorker', 'services/jobs/run-read-in-worker')}
${importFrom('computeQualityReport', 'services/stats/quality-flags')}
${importFrom('computeGroupStats', 'services/stats/group-stats')}
const file = ${JSON.stringify(join(dir, 'p.sqlite'))};
const db = createProject(file);
const roundId = addRound(db, 'Pendataan 2022', 2022);
insertSegments(db, roundId, 500, 3, { missingAset: 0.1 });
const here = computeQualityReport(db, { roundId });
const used = resolveWorkerScript(undefined, 'read-worker');
Promise.all([
  runReadInWorker(db, file, 'quality:flags', { filter: { roundId } }),
  runReadInWorker(db, file, 'stats:groupBy', { filter: { roundId }, by: 'band' }),
]).then(([quality, groups]) => {
  const same = JSON.stringify(quality) === JSON.stringify(here) && JSON.stringify(groups) === JSON.stringify(computeGroupStats(db, { roundId }, 'band'));
  process.stdout.write(JSON.stringify({ used: used && used.kind === 'file' ? used.url.pathname : null, flagged: quality.records.total, same }));
});
`, 30_000);
    expect(result.used).toBe(join(out, 'workers', 'read-worker.cjs'));
    expect(result.flagged).toBeGreaterThan(0);
    expect(result.same).toBe(true);
  });
});
