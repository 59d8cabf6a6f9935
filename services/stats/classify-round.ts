import type { Db } from '../db/open';
import type { JobControl } from '../jobs/job-registry';
import { classifySize } from '../../shared/classify/classify-size';
import { createJenisMatcher } from '../../shared/classify/match-jenis';
import { KBLI_EDITION } from '../../shared/classify/jenis-groups';
import { RULE_SET_DEFINITIONS } from '../../shared/classify/size-rules';
import { assignBand, resolveBands, type TurnoverBand } from '../../shared/classify/turnover-bands';
import type { ClassificationSettings } from '../../shared/classify/settings';
import { hashSettings, loadClassificationSettings } from './classification-settings';
import { rebuildStatsCells } from './stats-cube';

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
  counted: number;
}

/**
 * Classifies every business of a round (size class, jenis-usaha group and KBLI division, turnover
 * band) with the given settings and stores the result, replacing the round's previous rows in one
 * transaction. Lost and duplicate businesses are classified too (they may come back), but quantile
 * bands are cut from the counted businesses only.
 */
export function classifyRound(db: Db, roundId: number, settings: ClassificationSettings, job?: JobControl): ClassificationRun {
  const rows = db
    .prepare(`SELECT b.id, b.omzet_tahunan, b.modal, b.aset, coalesce(b.tenaga_kerja, b.tenaga_kerja_l + b.tenaga_kerja_p) AS workers,
        b.jenis_usaha, b.kecamatan_code, b.kelurahan_code, b.bidang_usaha, (b.status <> 'hilang' AND coalesce(b.duplicate_state, '') <> 'duplicate') AS counted
      FROM businesses b WHERE b.round_id = ?`)
    .all(roundId) as Source[];
  job?.progress('klasifikasi', 0, rows.length);
  const bands = resolveBands(
    settings.bands,
    rows.flatMap((r) => (r.counted && r.omzet_tahunan !== null ? [r.omzet_tahunan] : [])),
  );
  const matcher = createJenisMatcher(settings.dictionary);
  const hash = hashSettings(settings);
  const def = RULE_SET_DEFINITIONS[settings.rule_set];
  const insert = db.prepare(`INSERT INTO business_classes (business_id, round_id, rule_set, rule_version, size_class, size_criterion,
      alt_class, alt_criterion, size_conflict, jenis_group, jenis_label, jenis_keyword, kbli_division, kbli_edition, turnover_band, settings_hash,
      kecamatan_code, kelurahan_code, bidang_usaha, counted, omzet_tahunan, tenaga_kerja)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const run: ClassificationRun = {
    round_id: roundId,
    settings_hash: hash,
    rule_set: settings.rule_set,
    rule_version: def.version,
    bands,
    kbli_edition: KBLI_EDITION,
    computed_at: new Date().toISOString(),
  };
  db.transaction(() => {
    db.prepare('DELETE FROM business_classes WHERE round_id = ?').run(roundId);
    rows.forEach((r, i) => {
      if (i % 5000 === 0) {
        job?.throwIfCancelled();
        job?.progress('klasifikasi', i, rows.length);
      }
      const size = classifySize({ omzet_tahunan: r.omzet_tahunan, modal: r.modal, aset: r.aset, tenaga_kerja: r.workers }, settings.rule_set, settings.pp7_basis);
      const entry = matcher.match(r.jenis_usaha);
      insert.run(
        r.id, roundId, settings.rule_set, def.version, size.size_class, size.criterion, size.alt_class, size.alt_criterion,
        size.conflict ? 1 : 0, entry?.group ?? 'lainnya', entry?.label ?? null, entry?.keyword ?? null, entry?.kbli ?? null,
        entry?.kbli ? KBLI_EDITION : null, assignBand(r.omzet_tahunan, bands), hash,
        r.kecamatan_code, r.kelurahan_code, r.bidang_usaha, r.counted ? 1 : 0, r.omzet_tahunan, r.workers,
      );
    });
    db.prepare(`INSERT INTO classification_runs (round_id, settings_hash, rule_set, rule_version, bands_json, kbli_edition, computed_at,
        business_count, stale, cells_stale)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1) ON CONFLICT(round_id) DO UPDATE SET settings_hash = excluded.settings_hash, rule_set = excluded.rule_set,
      rule_version = excluded.rule_version, bands_json = excluded.bands_json, kbli_edition = excluded.kbli_edition, computed_at = excluded.computed_at,
      business_count = excluded.business_count, stale = 0, cells_stale = 1`)
      .run(roundId, hash, run.rule_set, run.rule_version, JSON.stringify(bands), KBLI_EDITION, run.computed_at, rows.length);
    job?.progress('agregat', 0, 1);
    rebuildStatsCells(db, roundId);
  })();
  job?.progress('klasifikasi', rows.length, rows.length);
  return run;
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
 * True when a round's classification must be recomputed: never run, run with other settings, a
 * classified value changed since (a trigger of migration 0002 sets `stale`), or businesses were added
 * or deleted (the count differs).
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
  const hash = hashSettings(settings);
  if (isClassificationStale(db, roundId, hash)) return { run: classifyRound(db, roundId, settings, job), settings };
  return { run: readClassificationRun(db, roundId) as ClassificationRun, settings };
}

/** Reclassifies every round of the project (after the settings changed). */
export function reclassifyAllRounds(db: Db, job?: JobControl): void {
  const settings = loadClassificationSettings(db);
  const rounds = db.prepare('SELECT id FROM rounds ORDER BY id').all() as Array<{ id: number }>;
  for (const r of rounds) classifyRound(db, r.id, settings, job);
}
