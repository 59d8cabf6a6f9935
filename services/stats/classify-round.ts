import type { Db } from '../db/open';
import type { JobControl } from '../jobs/job-registry';
import { classifySize } from '../../shared/classify/classify-size';
import { createJenisMatcher } from '../../shared/classify/match-jenis';
import { KBLI_EDITION } from '../../shared/classify/jenis-groups';
import { RULE_SET_DEFINITIONS } from '../../shared/classify/size-rules';
import { assignBand, resolveBands, type TurnoverBand } from '../../shared/classify/turnover-bands';
import type { ClassificationSettings } from '../../shared/classify/settings';
import { toYearlyTurnover, type TurnoverPeriod } from '../../shared/domain/business';
import { hashSettings, loadClassificationSettings } from './classification-settings';
import { writeCellsFromSources, type CellSource } from './cell-aggregator';
import { roundRowRange } from './counted-set';

/** What a round's stored classification was made with. */
export interface ClassificationRun {
  round_id: number;
  settings_hash: string;
  rule_set: string;
  rule_version: string;
  bands: TurnoverBand[];
  kbli_edition: string;
  computed_at: string;
}

interface Source {
  id: number;
  omzet_tahunan: number | null;
  modal: number | null;
  aset: number | null;
  workers: number | null;
  jenis_usaha: string | null;
  kecamatan_code: string | null;
  kelurahan_code: string | null;
  bidang_usaha: string | null;
  counted: boolean;
  /** The stored values the aggregate cells sum; group, label and size are filled in when classified. */
  cell: CellSource;
}

type Cell = string | number | null;

const SOURCE_COLUMNS = `b.id, b.omzet_nilai, b.omzet_periode, b.modal, b.aset, b.tenaga_kerja, b.tenaga_kerja_l, b.tenaga_kerja_p, b.jenis_usaha,
  b.kecamatan_code, b.kelurahan_code, b.bidang_usaha, b.status, b.duplicate_state, b.sumber, b.alasan_hilang, b.pemasaran, b.kemitraan, b.nib`;

function toSource(r: Cell[]): Source {
  const [id, nilai, periode, modal, aset, tk, l, p, jenis, kec, kel, bidang, status, dup, sumber, alasan, pemasaran, kemitraan, nib] = r;
  return {
    cell: {
      kec: kec as string | null,
      kel: kel as string | null,
      bidang: bidang as string | null,
      status: status as string,
      duplicate_state: dup as string | null,
      sumber: sumber as string,
      alasan_hilang: alasan as string | null,
      omzet_nilai: nilai as number | null,
      omzet_periode: periode as string | null,
      aset: aset as number | null,
      modal: modal as number | null,
      tenaga_kerja: tk as number | null,
      l: l as number | null,
      p: p as number | null,
      pemasaran: pemasaran as string | null,
      kemitraan: kemitraan as number | null,
      nib: nib as string | null,
      group: 'lainnya',
      label: null,
      size: 'unknown',
    },
    id: id as number,
    omzet_tahunan: toYearlyTurnover(nilai as number | null, periode as TurnoverPeriod | null),
    modal: modal as number | null,
    aset: aset as number | null,
    workers: (tk as number | null) ?? (l !== null && p !== null ? (l as number) + (p as number) : null),
    jenis_usaha: jenis as string | null,
    kecamatan_code: kec as string | null,
    kelurahan_code: kel as string | null,
    bidang_usaha: bidang as string | null,
    counted: status !== 'hilang' && dup !== 'duplicate',
  };
}

/**
 * Classifies sources and writes their rows (replacing any previous row of the same business); returns
 * each source's cell input with its group, label and size class.
 */
function writeClasses(db: Db, roundId: number, rows: readonly Source[], settings: ClassificationSettings, bands: TurnoverBand[], job?: JobControl): CellSource[] {
  const matcher = createJenisMatcher(settings.dictionary);
  const version = RULE_SET_DEFINITIONS[settings.rule_set].version;
  const insert = db.prepare(`INSERT OR REPLACE INTO business_classes (business_id, round_id, rule_set, rule_version, size_class, size_criterion,
      alt_class, alt_criterion, size_conflict, jenis_group, jenis_label, jenis_keyword, kbli_division, kbli_edition, turnover_band,
      kecamatan_code, kelurahan_code, bidang_usaha, counted, omzet_tahunan, tenaga_kerja)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return rows.map((r, i) => {
    if (i % 5000 === 0) {
      job?.throwIfCancelled();
      job?.progress('klasifikasi', i, rows.length);
    }
    const size = classifySize({ omzet_tahunan: r.omzet_tahunan, modal: r.modal, aset: r.aset, tenaga_kerja: r.workers }, settings.rule_set, settings.pp7_basis);
    const entry = matcher.match(r.jenis_usaha);
    // jenis_keyword: the matched keyword, NULL when the text matched none, '' when there is no text.
    const keyword = entry?.keyword ?? (r.jenis_usaha === null || r.jenis_usaha.trim() === '' ? '' : null);
    insert.run(
      r.id, roundId, settings.rule_set, version, size.size_class, size.criterion, size.alt_class, size.alt_criterion,
      size.conflict ? 1 : 0, entry?.group ?? 'lainnya', entry?.label ?? null, keyword, entry?.kbli ?? null,
      entry?.kbli ? KBLI_EDITION : null, assignBand(r.omzet_tahunan, bands),
      r.kecamatan_code, r.kelurahan_code, r.bidang_usaha, r.counted ? 1 : 0, r.omzet_tahunan, r.workers,
    );
    const cell = r.cell as CellSource;
    cell.group = entry?.group ?? 'lainnya';
    cell.label = entry?.label ?? null;
    cell.size = size.size_class;
    return cell;
  });
}

/**
 * Classifies every business of a round (size class, jenis-usaha group and KBLI division, turnover
 * band) with the given settings and stores the result, replacing the round's previous rows in one
 * transaction, then rebuilds the round's aggregate cells. Lost and duplicate businesses are
 * classified too (they may come back), but quantile bands are cut from the counted businesses only.
 */
export function classifyRound(db: Db, roundId: number, settings: ClassificationSettings, job?: JobControl): ClassificationRun {
  const { lo, hi } = roundRowRange(db, roundId);
  const stmt = db.prepare(`SELECT ${SOURCE_COLUMNS} FROM businesses b WHERE b.id BETWEEN ? AND ? AND +b.round_id = ?`).raw(true);
  const rows = [...(stmt.iterate(lo, hi, roundId) as Iterable<Cell[]>)].map(toSource);
  job?.progress('klasifikasi', 0, rows.length);
  const bands = resolveBands(settings.bands, rows.flatMap((r) => (r.counted && r.omzet_tahunan !== null ? [r.omzet_tahunan] : [])));
  const run: ClassificationRun = {
    round_id: roundId,
    settings_hash: hashSettings(settings),
    rule_set: settings.rule_set,
    rule_version: RULE_SET_DEFINITIONS[settings.rule_set].version,
    bands,
    kbli_edition: KBLI_EDITION,
    computed_at: new Date().toISOString(),
  };
  db.transaction(() => {
    db.prepare('DELETE FROM business_classes WHERE round_id = ?').run(roundId);
    const cells = writeClasses(db, roundId, rows, settings, bands, job);
    db.prepare(`INSERT INTO classification_runs (round_id, settings_hash, rule_set, rule_version, bands_json, kbli_edition, computed_at,
        business_count, stale, cells_stale)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1) ON CONFLICT(round_id) DO UPDATE SET settings_hash = excluded.settings_hash, rule_set = excluded.rule_set,
      rule_version = excluded.rule_version, bands_json = excluded.bands_json, kbli_edition = excluded.kbli_edition, computed_at = excluded.computed_at,
      business_count = excluded.business_count, stale = 0, cells_stale = 1`)
      .run(roundId, run.settings_hash, run.rule_set, run.rule_version, JSON.stringify(bands), KBLI_EDITION, run.computed_at, rows.length);
    db.prepare('DELETE FROM stats_stale_businesses WHERE round_id = ?').run(roundId);
    job?.progress('agregat', 0, 1);
    writeCellsFromSources(db, roundId, cells);
  })();
  job?.progress('klasifikasi', rows.length, rows.length);
  return run;
}

/** Reclassifies the businesses whose values changed since the round was classified, with the run's bands. */
function classifyChanged(db: Db, roundId: number, settings: ClassificationSettings, run: ClassificationRun): void {
  const stmt = db.prepare(`SELECT ${SOURCE_COLUMNS} FROM stats_stale_businesses s JOIN businesses b ON b.id = s.business_id WHERE s.round_id = ?`).raw(true);
  const rows = (stmt.all(roundId) as Cell[][]).map(toSource);
  db.transaction(() => {
    writeClasses(db, roundId, rows, settings, run.bands);
    db.prepare('DELETE FROM stats_stale_businesses WHERE round_id = ?').run(roundId);
    // The changed businesses' kecamatan were marked stale by the trigger; their cells are rebuilt on read.
  })();
}

/** The stored run of a round, or null. */
export function readClassificationRun(db: Db, roundId: number): ClassificationRun | null {
  const row = db
    .prepare('SELECT round_id, settings_hash, rule_set, rule_version, bands_json, kbli_edition, computed_at FROM classification_runs WHERE round_id = ?')
    .get(roundId) as (Omit<ClassificationRun, 'bands'> & { bands_json: string }) | undefined;
  if (!row) return null;
  const { bands_json, ...rest } = row;
  return { ...rest, bands: JSON.parse(bands_json) as TurnoverBand[] };
}

/**
 * True when a round must be classified afresh: never classified, classified with other settings,
 * businesses moved between rounds, or businesses added (the count differs from the run's, which the
 * delete trigger of migration 0002 keeps current). A changed value alone reclassifies one business.
 */
export function isClassificationStale(db: Db, roundId: number, settingsHash: string): boolean {
  const run = db.prepare('SELECT settings_hash, stale, business_count FROM classification_runs WHERE round_id = ?').get(roundId) as
    | { settings_hash: string; stale: number; business_count: number }
    | undefined;
  if (!run || run.stale || run.settings_hash !== settingsHash) return true;
  const n = (db.prepare('SELECT count(*) AS n FROM businesses WHERE round_id = ?').get(roundId) as { n: number }).n;
  return n !== run.business_count;
}

/** Makes sure a round's stored classification matches the current settings and data; returns the run. */
export function ensureClassified(db: Db, roundId: number, job?: JobControl): { run: ClassificationRun; settings: ClassificationSettings } {
  const settings = loadClassificationSettings(db);
  if (isClassificationStale(db, roundId, hashSettings(settings))) return { run: classifyRound(db, roundId, settings, job), settings };
  const run = readClassificationRun(db, roundId) as ClassificationRun;
  if (db.prepare('SELECT 1 FROM stats_stale_businesses WHERE round_id = ? LIMIT 1').get(roundId)) classifyChanged(db, roundId, settings, run);
  return { run, settings };
}

/** Reclassifies every round of the project (after the settings changed). */
export function reclassifyAllRounds(db: Db, job?: JobControl): void {
  const settings = loadClassificationSettings(db);
  const rounds = db.prepare('SELECT id FROM rounds ORDER BY id').all() as Array<{ id: number }>;
  for (const r of rounds) classifyRound(db, r.id, settings, job);
}
