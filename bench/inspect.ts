/**
 * Import-preview benchmark: `datasets:inspect` of a 421,000-row survey workbook written as Excel writes
 * it (shared strings after the sheets), as the import wizard asks for it (read-only worker, only the
 * chosen sheet's first rows read), against the peer it replaced: exceljs reading the whole workbook
 * on the app's thread. Also the longest stop of the app's event loop during our call.
 *
 *   npx tsx bench/inspect.ts [rows]
 *
 * Last line: one JSON object. The workbook is written by a child process and the peer runs second, so
 * `peak_rss_mb_ours` is this process (app thread + worker) during our call alone.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openProjectDb } from '../services/db/open';
import { createServiceApi } from '../services/handlers';
import { initialiseProject } from '../services/project/project-meta';
import { watchEventLoop } from '../test/helpers/event-loop';
import { streamedSurveyWorkbook } from '../test/import/workbook-fixtures';

const args = process.argv.slice(2);
const ROWS = Number(args.find((a) => /^\d+$/.test(a))) || 421_000;
const here = fileURLToPath(import.meta.url);
const SHEET = 'Data Survei';
const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (v: number, digits = 3) => Number(v.toFixed(digits));
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

async function main(): Promise<void> {
  if (args[0] === '--write') {
    writeFileSync(args[1]!, await streamedSurveyWorkbook(ROWS));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'peta-bench-inspect-'));
  try {
    let t0 = performance.now();
    const file = join(dir, 'survei.xlsx');
    const tsx = join(dirname(here), '..', 'node_modules', '.bin', 'tsx');
    const written = spawnSync(tsx, [here, '--write', file, String(ROWS)], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (written.status !== 0) throw new Error('the workbook could not be written');
    const mb = statSync(file).size / 1e6;
    log(`workbook: ${ROWS} rows, ${mb.toFixed(1)} MB, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const projectPath = join(dir, 'p.sqlite');
    const { db } = openProjectDb(projectPath, { create: true });
    initialiseProject(db, 'bench', false);
    db.close();
    const api = createServiceApi('browser');
    api.session.open(projectPath, false);

    // Ours, as the wizard asks; the longest gap between 2 ms timer ticks is how long the app stood still.
    t0 = performance.now();
    const { result: answer, longestGapMs: longest } = await watchEventLoop(() => api.invoke('datasets:inspect', { source: { kind: 'path', path: file }, sheet: SHEET }));
    const oursS = (performance.now() - t0) / 1000;
    if (!answer.ok) throw new Error(answer.error.message);
    const peakOurs = peakRssMb();
    log(`ours: datasets:inspect in ${oursS.toFixed(2)} s (read-only worker), app thread stood still at most ${longest.toFixed(0)} ms`);
    api.close();

    // The peer: the whole workbook read with exceljs, then its first rows (what the preview did before).
    t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet(SHEET);
    const head = sheet ? sheet.getRows(1, 500)?.length ?? 0 : 0;
    const peerS = (performance.now() - t0) / 1000;
    log(`peer: exceljs reads the whole workbook in ${peerS.toFixed(2)} s (${head} preview rows), on the calling thread`);

    const result = {
      bench: 'inspect', rows: ROWS, file_mb: round(mb, 1), ours_s: round(oursS), ours_longest_block_ms: Math.round(longest),
      peer_whole_workbook_s: round(peerS), ratio: round(oursS / peerS), peak_rss_mb_ours: Math.round(peakOurs),
      peak_rss_mb_with_peer: Math.round(peakRssMb()), load_average: round(loadavg()[0], 2),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
