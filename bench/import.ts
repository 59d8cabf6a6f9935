/**
 * Import benchmark: a generated 421,000-row survey CSV (the size of Kabupaten Malang) imported into a
 * fresh project, end to end through `runImport` (worker thread, one transaction). Goal: ≤ 10 s and
 * ≤ 1 GB peak RSS on a 2-core machine. Run: `npx tsx bench/import.ts [rows]`. The last line is JSON.
 */
import { mkdtempSync, openSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSurveyCsvChunks } from '../services/demo/generate-survey';
import { openProjectDb } from '../services/db/open';
import { initialiseProject } from '../services/project/project-meta';
import { runImport } from '../services/import';
import { JobRegistry } from '../services/jobs/job-registry';

const rows = Number(process.argv[2] ?? 421_000);
const dir = mkdtempSync(join(tmpdir(), 'peta-bench-import-'));
const csvPath = join(dir, 'survey.csv');

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

async function main(): Promise<void> {
  const fd = openSync(csvPath, 'w');
  for (const chunk of generateSurveyCsvChunks({ count: rows })) writeSync(fd, chunk);
  closeSync(fd);
  process.stderr.write(`CSV: ${rows} baris, ${(statSync(csvPath).size / 1e6).toFixed(1)} MB\n`);
  peakRss = process.memoryUsage().rss;

  const { db } = openProjectDb(join(dir, 'bench.sqlite'), { create: true });
  initialiseProject(db, 'Benchmark impor', true);
  const jobs = new JobRegistry(() => undefined);
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const summary = await jobs.run(undefined, (job) => runImport(db, { source: { kind: 'path', path: csvPath }, roundName: 'Benchmark' }, job));
  const seconds = (performance.now() - started) / 1000;
  // CPU time of all threads of the process (the import worker and its parser thread included).
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const stored = (db.prepare('SELECT count(*) AS n FROM businesses').get() as { n: number }).n;
  db.close();
  process.stderr.write(`${summary.businesses_imported} usaha diimpor (${stored} tersimpan), ${JSON.stringify(summary.skipped)}\n`);
  const load = loadavg()[0].toFixed(2);
  process.stderr.write(`${(rows / seconds).toFixed(0)} baris/detik, ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(1)} s, beban mesin ${load}), puncak RSS ${(peakRss / 1e6).toFixed(0)} MB\n`);
  console.log(
    JSON.stringify({
      bench: 'import',
      rows,
      seconds: Number(seconds.toFixed(2)),
      rows_per_s: Math.round(rows / seconds),
      peak_rss_mb: Math.round(peakRss / 1e6),
      cpu_seconds: Number(cpuSeconds.toFixed(2)),
      load_average: Number(load),
    }),
  );
}

main().finally(() => {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
});
