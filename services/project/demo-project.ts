import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSurveyCsv } from '../demo/generate-survey';
import { runImport } from '../import';
import type { JobControl } from '../jobs/job-registry';
import { openProjectDb } from '../db/open';
import { initialiseProject } from './project-meta';
import { resolveAppHome } from './app-home';

export const DEMO_PROJECT_NAME = 'Demo Kota Pasuruan 2022 (DATA SINTETIS)';
export const DEMO_ROUND_NAME = 'Pendataan 2022 (sintetis)';

/**
 * The path of the demo project, building it on first use: the deterministic synthetic survey is written
 * as a CSV and imported through the same importer a user's file goes through. It is built under a
 * temporary name and then copied whole with VACUUM INTO, so an interrupted build never leaves a half
 * demo behind, and no connection to the build file (the import worker has its own) can touch the copy.
 */
export async function ensureDemoProject(job: JobControl, home = resolveAppHome()): Promise<string> {
  const dir = join(home, 'demo');
  const path = join(dir, 'peta-potensi-demo.sqlite');
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `building-${process.pid}.sqlite`);
  const csv = join(dir, 'demo-survey-kota-pasuruan-2022.csv');
  rmSync(tmp, { force: true });
  writeFileSync(csv, generateSurveyCsv());
  const { db } = openProjectDb(tmp, { create: true });
  try {
    initialiseProject(db, DEMO_PROJECT_NAME, true);
    await runImport(db, { source: { kind: 'path', path: csv }, roundName: DEMO_ROUND_NAME }, job);
    db.prepare('VACUUM INTO ?').run(`${path}.part`);
  } finally {
    db.close();
  }
  renameSync(`${path}.part`, path);
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  return path;
}
