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
  stale         INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),       -- businesses moved between rounds
  cells_stale   INTEGER NOT NULL DEFAULT 1 CHECK (cells_stale IN (0, 1))  -- all aggregate cells must be rebuilt
);

-- Businesses whose classified values changed: reclassified one by one before the next read.
CREATE TABLE stats_stale_businesses (
  business_id INTEGER PRIMARY KEY REFERENCES businesses(id) ON DELETE CASCADE,
  round_id    INTEGER NOT NULL
);
CREATE INDEX stats_stale_businesses_round ON stats_stale_businesses(round_id);

-- Kecamatan whose aggregate cells must be rebuilt after an edit ('' = businesses without kecamatan).
-- No foreign key: deleting a round deletes its businesses, whose trigger below would otherwise insert
-- rows pointing at the round being deleted; a trigger on rounds clears them instead.
CREATE TABLE stats_stale_areas (
  round_id       INTEGER NOT NULL,
  kecamatan_code TEXT NOT NULL,
  PRIMARY KEY (round_id, kecamatan_code)
) WITHOUT ROWID;

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
  kecamatan_code TEXT,             -- copies of the business's values (see the trigger below)
  kelurahan_code TEXT,
  bidang_usaha   TEXT,
  counted        INTEGER NOT NULL CHECK (counted IN (0, 1)), -- not lost and not marked duplicate
  omzet_tahunan  INTEGER,          -- copies of the values classified (a change makes the run stale)
  tenaga_kerja   INTEGER           -- workers: the total, or L + P
);
CREATE INDEX business_classes_round ON business_classes(round_id, kecamatan_code);

-- A change to a value the classification reads: that business is reclassified, its kecamatan's cells rebuilt.
CREATE TRIGGER businesses_classification_stale
AFTER UPDATE OF omzet_nilai, omzet_periode, aset, modal, tenaga_kerja, tenaga_kerja_l, tenaga_kerja_p, jenis_usaha ON businesses
BEGIN
  INSERT OR IGNORE INTO stats_stale_businesses (business_id, round_id) VALUES (NEW.id, NEW.round_id);
  INSERT OR IGNORE INTO stats_stale_areas (round_id, kecamatan_code) VALUES (NEW.round_id, coalesce(NEW.kecamatan_code, ''));
END;

-- A change of area, bidang or verification status is copied without reclassifying; the cells of the
-- old and the new kecamatan go stale (only those are rebuilt).
CREATE TRIGGER businesses_classification_copy
AFTER UPDATE OF kecamatan_code, kelurahan_code, bidang_usaha, status, duplicate_state ON businesses
BEGIN
  UPDATE business_classes SET kecamatan_code = NEW.kecamatan_code, kelurahan_code = NEW.kelurahan_code,
    bidang_usaha = NEW.bidang_usaha, counted = (NEW.status <> 'hilang' AND coalesce(NEW.duplicate_state, '') <> 'duplicate')
  WHERE business_id = NEW.id;
  INSERT OR IGNORE INTO stats_stale_areas (round_id, kecamatan_code)
    VALUES (OLD.round_id, coalesce(OLD.kecamatan_code, '')), (NEW.round_id, coalesce(NEW.kecamatan_code, ''));
END;

-- Other values the cells sum (an insert or a deletion is noticed by the business count).
CREATE TRIGGER businesses_cells_stale
AFTER UPDATE OF sumber, alasan_hilang, pemasaran, kemitraan, nib ON businesses
BEGIN
  INSERT OR IGNORE INTO stats_stale_areas (round_id, kecamatan_code) VALUES (NEW.round_id, coalesce(NEW.kecamatan_code, ''));
END;
CREATE TRIGGER businesses_round_moved
AFTER UPDATE OF round_id ON businesses
BEGIN
  UPDATE classification_runs SET stale = 1, cells_stale = 1 WHERE round_id IN (OLD.round_id, NEW.round_id);
END;
CREATE TRIGGER businesses_deleted_stale
AFTER DELETE ON businesses
BEGIN
  UPDATE classification_runs SET business_count = business_count - 1 WHERE round_id = OLD.round_id;
  INSERT OR IGNORE INTO stats_stale_areas (round_id, kecamatan_code)
    SELECT OLD.round_id, coalesce(OLD.kecamatan_code, '') WHERE EXISTS (SELECT 1 FROM rounds WHERE id = OLD.round_id);
END;
CREATE TRIGGER rounds_deleted_stale
AFTER DELETE ON rounds
BEGIN
  DELETE FROM stats_stale_areas WHERE round_id = OLD.id;
  DELETE FROM stats_stale_businesses WHERE round_id = OLD.id;
END;

-- The aggregate cells of a round, one block per kecamatan ('' = businesses without one), so an edit
-- rebuilds one block. Each block holds JSON arrays of rows (column order in services/stats/cell-store.ts):
-- area cells = businesses per kecamatan × kelurahan × bidang × verification state with their sums
-- (integer Rupiah, persons) and counts of missing values; class cells = counted businesses per
-- kecamatan × kelurahan × bidang × jenis group/label × size class. Read whole, a block is one JSON parse.
CREATE TABLE stats_cell_blocks (
  round_id       INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  kecamatan_code TEXT NOT NULL,
  area_json      TEXT NOT NULL,
  class_json     TEXT NOT NULL,
  PRIMARY KEY (round_id, kecamatan_code)
) WITHOUT ROWID;
