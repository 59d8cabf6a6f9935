import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Matrix } from '../../shared/cluster/matrix';
import { SeededRandom } from '../../shared/cluster/random';

/** Debian's interpreter, where python3-sklearn installs (the python3 first on PATH may lack it). */
export const SKLEARN_PYTHON = '/usr/bin/python3';

const here = dirname(fileURLToPath(import.meta.url));

/** A standard normal deviate (Box-Muller) from a seeded generator. */
export function normal(rng: SeededRandom): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Seeded Gaussian blobs: `centres` groups in d dimensions, spread `sd`, n rows in total. */
export function makeBlobs(n: number, d: number, centres: number, seed: number, sd = 1): Matrix {
  const rng = new SeededRandom(seed);
  const means = Array.from({ length: centres * d }, () => rng.next() * 10 - 5);
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const g = rng.below(centres);
    for (let t = 0; t < d; t++) data[i * d + t] = means[g * d + t] + sd * normal(rng);
  }
  return { data, rows: n, cols: d };
}

/** Writes rows as CSV with every digit (JS shortest round-trip form, which numpy reads exactly). */
export function writeMatrixCsv(path: string, m: Matrix): void {
  const lines: string[] = [];
  for (let i = 0; i < m.rows; i++) lines.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)).join(','));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

export interface SklearnOp {
  op: 'lloyd' | 'kmeanspp' | 'indices' | 'ari';
  [key: string]: unknown;
}

/**
 * Runs scikit-learn on a matrix: writes the CSV files and the job, spawns /usr/bin/python3 with
 * sklearn_reference.py and returns its results in order. Extra arrays become CSV files by name.
 */
export function runSklearn(x: Matrix, ops: SklearnOp[], files: Record<string, Matrix | ArrayLike<number>> = {}): Array<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'peta-sklearn-'));
  writeMatrixCsv(join(dir, 'x.csv'), x);
  for (const [name, value] of Object.entries(files)) {
    const path = join(dir, `${name}.csv`);
    if ('data' in value && 'rows' in value) writeMatrixCsv(path, value as Matrix);
    else writeFileSync(path, `${Array.from(value as ArrayLike<number>).join('\n')}\n`);
  }
  const resolved = ops.map((op) =>
    Object.fromEntries(Object.entries(op).map(([k, v]) => [k, typeof v === 'string' && v in files ? join(dir, `${v}.csv`) : v])),
  );
  writeFileSync(join(dir, 'job.json'), JSON.stringify({ x: join(dir, 'x.csv'), ops: resolved }));
  let out: string;
  try {
    out = execFileSync(SKLEARN_PYTHON, [join(here, 'sklearn_reference.py'), join(dir, 'job.json')], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (err) {
    throw new Error(`scikit-learn tidak dapat dijalankan (pasang: apt-get install -y python3-sklearn): ${(err as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return (JSON.parse(out) as { results: Array<Record<string, unknown>> }).results;
}

/** |a - b| / |b|. */
export function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}
