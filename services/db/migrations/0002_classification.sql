-- Classification of businesses and the aggregates of the potential-mapping tables (issue 4):
-- settings, one classification row per business, one run per round, and per round the aggregate
-- cells every Rekap-screen table is derived from, so those tables read a few thousand rows instead of
-- every business. Triggers mark a round stale when its businesses change; the next read rebuilds.

CREATE TABLE classification_settings (
  key        TEXT PRIMARY KEY,   -- 'rules' (rule set, PP 7/2021 basis, bands) or 'dictionary'
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE classification_runs (
  round_id      INTEGER PRIMARY KEY REFERENCES rounds(id) ON DELETE CASCADE,
  settings_hash TEXT NOT NULL,
  rule_set      TEXT NOT NULL,
  rule_version  TEXT NOT NULL,
  bands_json    TEXT NOT NULL,     -- the resolved bands (quantile bands depend on the round's data)
  kbli_edition  TEXT NOT NULL,
  computed_at   TEXT NOT NULL,
  business_count INTEGER NOT NULL,   -- businesses of the round when classified (an insert changes it)
  stale         INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),       -- a classified value changed
  cells_stale   INTEGER NOT NULL DEFAULT 1 CHECK (cells_stale IN (0, 1))  -- the aggregate cells must be rebuilt
);

-- One row per business, with the rule set and version that produced it. The area, bidang and
-- counted flag are copies kept current by a trigger, so tables by class and area read this table alone.
CREATE TABLE business_classes (
  business_id    INTEGER PRIMARY KEY REFERENCES businesses(id) ON DELETE CASCADE,
  round_id       INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  rule_set       TEXT NOT NULL,
  rule_version   TEXT NOT NULL,
  size_class     TEXT NOT NULL CHECK (size_class IN ('mikro', 'kecil', 'menengah', 'besar', 'unknown')),
  size_criterion TEXT CHECK (size_criterion IN ('penjualan', 'modal', 'aset', 'tenaga_kerja')),
  alt_class      TEXT CHECK (alt_class IN ('mikro', 'kecil', 'menengah', 'besar')),
  alt_criterion  TEXT CHECK (alt_criterion IN ('penjualan', 'modal', 'aset', 'tenaga_kerja')),
  size_conflict  INTEGER NOT NULL CHECK (size_conflict IN (0, 1)),
  jenis_group    TEXT NOT NULL,
  jenis_label    TEXT,             -- the matched dictionary entry's label; NULL when unmatched
  jenis_keyword  TEXT,
  kbli_division  TEXT,             -- 2 digits, of the edition below; NULL when unclear
  kbli_edition   TEXT,
  turnover_band  TEXT NOT NULL,    -- b1.., or 'unknown'
  settings_hash  TEXT NOT NULL,
  kecamatan_code TEXT,             -- copies of the business's values (see the trigger below)
  kelurahan_code TEXT,
  bidang_usaha   TEXT,
  counted        INTEGER NOT NULL CHECK (counted IN (0, 1)), -- not lost and not marked duplicate
  omzet_tahunan  INTEGER,          -- copies of the values classified (a change makes the run stale)
  tenaga_kerja   INTEGER           -- workers: the total, or L + P
);
CREATE INDEX business_classes_round ON business_classes(round_id, size_class);

-- A change to a value the classification reads makes the round's classification stale.
CREATE TRIGGER businesses_classification_stale
AFTER UPDATE OF omzet_nilai, omzet_periode, aset, modal, tenaga_kerja, tenaga_kerja_l, tenaga_kerja_p, jenis_usaha ON businesses
BEGIN
  UPDATE classification_runs SET stale = 1, cells_stale = 1 WHERE round_id IN (OLD.round_id, NEW.round_id);
END;

-- A change of area, bidang or verification status is copied without reclassifying; the cells go stale.
CREATE TRIGGER businesses_classification_copy
AFTER UPDATE OF kecamatan_code, kelurahan_code, bidang_usaha, status, duplicate_state ON businesses
BEGIN
  UPDATE business_classes SET kecamatan_code = NEW.kecamatan_code, kelurahan_code = NEW.kelurahan_code,
    bidang_usaha = NEW.bidang_usaha, counted = (NEW.status <> 'hilang' AND coalesce(NEW.duplicate_state, '') <> 'duplicate')
  WHERE business_id = NEW.id;
  UPDATE classification_runs SET cells_stale = 1 WHERE round_id IN (OLD.round_id, NEW.round_id);
END;

-- Other values the cells sum; and deletions (an insert is noticed by the business count).
CREATE TRIGGER businesses_cells_stale
AFTER UPDATE OF sumber, alasan_hilang, pemasaran, kemitraan, nib, round_id ON businesses
BEGIN
  UPDATE classification_runs SET cells_stale = 1 WHERE round_id IN (OLD.round_id, NEW.round_id);
END;
CREATE TRIGGER businesses_deleted_stale
AFTER DELETE ON businesses
BEGIN
  UPDATE classification_runs SET stale = 1, cells_stale = 1 WHERE round_id = OLD.round_id;
END;

-- The aggregate cells of a round: businesses per kecamatan × kelurahan × bidang × verification state
-- with their sums (integer Rupiah, persons) and counts of missing values; NULL codes stay NULL.
CREATE TABLE stats_cells (
  round_id        INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  kecamatan_code  TEXT,
  kelurahan_code  TEXT,
  bidang_usaha    TEXT,
  status          TEXT NOT NULL,
  duplicate_state TEXT,
  sumber          TEXT NOT NULL,
  alasan_hilang   TEXT,
  n               INTEGER NOT NULL,
  modal           INTEGER NOT NULL,
  aset            INTEGER NOT NULL,
  omzet_bulanan   INTEGER NOT NULL,
  omzet_tahunan   INTEGER NOT NULL,
  tenaga_kerja    INTEGER NOT NULL,  -- reported totals only (as the recap sums them)
  workers         INTEGER NOT NULL,  -- total, or L + P
  tenaga_kerja_l  INTEGER NOT NULL,
  tenaga_kerja_p  INTEGER NOT NULL,
  m_omzet         INTEGER NOT NULL,
  m_aset          INTEGER NOT NULL,
  m_modal         INTEGER NOT NULL,
  m_tenaga_kerja  INTEGER NOT NULL,
  m_workers       INTEGER NOT NULL,
  m_lp            INTEGER NOT NULL,
  nib             INTEGER NOT NULL,
  online          INTEGER NOT NULL,
  online_known    INTEGER NOT NULL,
  mitra           INTEGER NOT NULL,
  mitra_known     INTEGER NOT NULL
);
CREATE INDEX stats_cells_round ON stats_cells(round_id);

-- Counted businesses per area × bidang × jenis group/label × size class.
CREATE TABLE stats_class_cells (
  round_id       INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  kecamatan_code TEXT,
  kelurahan_code TEXT,
  bidang_usaha   TEXT,
  jenis_group    TEXT NOT NULL,
  jenis_label    TEXT,
  size_class     TEXT NOT NULL,
  n              INTEGER NOT NULL,
  workers        INTEGER NOT NULL,
  m_workers      INTEGER NOT NULL,
  omzet_tahunan  INTEGER NOT NULL
);
CREATE INDEX stats_class_cells_round ON stats_class_cells(round_id);

-- Covering index for rebuilding the cells: one narrow scan per round.
CREATE INDEX businesses_tables ON businesses(
  round_id, kecamatan_code, kelurahan_code, bidang_usaha, status, duplicate_state, sumber, alasan_hilang,
  omzet_nilai, omzet_periode, aset, modal, tenaga_kerja, tenaga_kerja_l, tenaga_kerja_p, pemasaran, kemitraan, nib);
