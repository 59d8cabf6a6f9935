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

beforeAll(() => {
  // The same command `npm run build:main` runs (esbuild in its own process).
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-main.mjs')], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`build-main failed: ${r.stderr}`);
}, 120_000);

describe('Electron bundle (built without the Electron binary)', () => {
  it('has the main process, the preload, the SQL migrations and the worker entries', () => {
    for (const f of ['index.cjs', 'preload.cjs', join('workers', 'import-worker.cjs'), join('workers', 'prepare-worker.cjs'), join('workers', 'cluster-worker.cjs'), join('workers', 'classify-worker.cjs'), join('workers', 'prepare-input-worker.cjs')]) {
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
    const tmp = makeTempDir();
    try {
      const csv = join(tmp.dir, 'survei.csv');
      writeFileSync(csv, 'Nama Pelaku Usaha;Kecamatan;Kelurahan;Omset per Tahun (Rp)\nAni;Gadingrejo;Gentong;Rp 12.000.000\nBudi;Purworejo;Pohjentrek;1,5 jt\n');
      const script = join(tmp.dir, 'run.ts');
      writeFileSync(
        script,
        `import { openProjectDb } from ${JSON.stringify(join(root, 'services/db/open'))};
import { initialiseProject } from ${JSON.stringify(join(root, 'services/project/project-meta'))};
import { JobRegistry } from ${JSON.stringify(join(root, 'services/jobs/job-registry'))};
import { runImport } from ${JSON.stringify(join(root, 'services/import'))};
const { db } = openProjectDb(${JSON.stringify(join(tmp.dir, 'p.sqlite'))}, { create: true });
initialiseProject(db, 'uji', false);
const jobs = new JobRegistry(() => undefined);
jobs.run(undefined, (job) => runImport(db, { source: { kind: 'path', path: ${JSON.stringify(csv)} } }, job)).then((s) => {
  process.stdout.write(JSON.stringify({ s, n: db.prepare('SELECT count(*) AS n FROM businesses').get() }));
});
`,
      );
      const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [script], {
        encoding: 'utf8',
        // As main/index.ts sets them for the packaged app.
        env: { ...process.env, PETA_WORKERS_DIR: join(out, 'workers'), PETA_MIGRATIONS_DIR: join(out, 'migrations') },
        timeout: 60_000,
      });
      // stderr is attached as plain text: it may hold stack lines of the bundle that vitest must not map.
      expect({ status: r.status, stderr: r.stderr.replace(/\/[^\s)]+/g, '<path>') }).toMatchObject({ status: 0 });
      const result = JSON.parse(r.stdout) as { s: { businesses_imported: number }; n: { n: number } };
      expect(result.s.businesses_imported).toBe(2);
      expect(result.n.n).toBe(2);
    } finally {
      tmp.cleanup();
    }
  });

  it('prepares a clustering input in the bundled worker, identical to the calling thread', () => {
    const tmp = makeTempDir();
    try {
      const script = join(tmp.dir, 'siapkan.ts');
      writeFileSync(
        script,
        `import { addRound, createProject, insertSegments } from ${JSON.stringify(join(root, 'test/cluster/project'))};
import { JobRegistry } from ${JSON.stringify(join(root, 'services/jobs/job-registry'))};
import { resolveWorkerScript } from ${JSON.stringify(join(root, 'services/jobs/worker-script'))};
import { prepareInput } from ${JSON.stringify(join(root, 'services/cluster/prepare-input'))};
import { prepareInputInWorker } from ${JSON.stringify(join(root, 'services/cluster/prepare-input-in-worker'))};
const file = ${JSON.stringify(join(tmp.dir, 'p.sqlite'))};
const db = createProject(file);
const roundId = addRound(db, 'Pendataan 2022', 2022);
insertSegments(db, roundId, 500, 3, { missingAset: 0.1 });
const features = [{ key: 'omzet_tahunan' }, { key: 'aset' }, { key: 'bidang_usaha' }, { key: 'kelas_usaha' }];
const missing = { mode: 'impute', group: 'kecamatan' } as const;
const used = resolveWorkerScript(undefined, 'prepare-input-worker');
new JobRegistry(() => undefined).run(undefined, (job) => prepareInputInWorker(db, file, { roundId }, features, missing, job)).then((w) => {
  const here = prepareInput(db, { roundId }, features, missing);
  const same = Buffer.compare(Buffer.from(w.matrix.data.buffer), Buffer.from(here.matrix.data.buffer)) === 0;
  process.stdout.write(JSON.stringify({ used: used && used.kind === 'file' ? used.url.pathname : null, rows: w.matrix.rows, hash: w.inputHash === here.inputHash, same }));
});
`,
      );
      const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [script], {
        encoding: 'utf8',
        env: { ...process.env, PETA_WORKERS_DIR: join(out, 'workers'), PETA_MIGRATIONS_DIR: join(out, 'migrations') },
        timeout: 60_000,
      });
      expect({ status: r.status, stderr: r.stderr.replace(/\/[^\s)]+/g, '<path>') }).toMatchObject({ status: 0 });
      const result = JSON.parse(r.stdout) as { used: string | null; rows: number; hash: boolean; same: boolean };
      expect(result.used).toBe(join(out, 'workers', 'prepare-input-worker.cjs'));
      expect(result).toMatchObject({ rows: 1500, hash: true, same: true });
    } finally {
      tmp.cleanup();
    }
  });

  it('runs k-means restarts on WebAssembly in the bundled clustering worker, as the packaged app does', () => {
    const tmp = makeTempDir();
    try {
      const script = join(tmp.dir, 'klaster.ts');
      writeFileSync(
        script,
        `import { ClusterPool } from ${JSON.stringify(join(root, 'services/cluster/worker-pool'))};
import { resolveWorkerScript } from ${JSON.stringify(join(root, 'services/jobs/worker-script'))};
import { runKmeansRestart } from ${JSON.stringify(join(root, 'shared/cluster/kmeans'))};
import { makeBlobs } from ${JSON.stringify(join(root, 'test/cluster/helpers'))};
const x = makeBlobs(3000, 6, 5, 2, 1.2);
const used = resolveWorkerScript(undefined, 'cluster-worker');
const pool = new ClusterPool(x, 1);
pool.run({ type: 'kmeans', k: 5, seed: 3, restart: 0, maxIterations: 300, tolAbs: 0 }).then(async (o) => {
  const here = runKmeansRestart(x, 5, 3, 0, 300, 0);
  await pool.close();
  const same = o.labels.every((l, i) => l === here.labels[i]) && o.centers.every((c, i) => Object.is(c, here.centers[i]));
  process.stdout.write(JSON.stringify({ used: used && used.kind === 'file' ? used.url.pathname : null, backend: o.backend, same }));
});
`,
      );
      const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [script], {
        encoding: 'utf8',
        env: { ...process.env, PETA_WORKERS_DIR: join(out, 'workers'), PETA_MIGRATIONS_DIR: join(out, 'migrations') },
        timeout: 60_000,
      });
      expect({ status: r.status, stderr: r.stderr.replace(/\/[^\s)]+/g, '<path>') }).toMatchObject({ status: 0 });
      const result = JSON.parse(r.stdout) as { used: string | null; backend: string; same: boolean };
      expect(result).toEqual({ used: join(out, 'workers', 'cluster-worker.cjs'), backend: 'wasm-simd', same: true });
    } finally {
      tmp.cleanup();
    }
  });
});
