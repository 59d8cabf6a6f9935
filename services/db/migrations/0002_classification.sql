-- Classification of businesses (issue 4): settings, one row per business, one run per round.
-- A row records the rule set and version that produced it; rows go stale when settings change
-- (settings_hash) or when a value they depend on changes (the trigger below deletes them).

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
  computed_at   TEXT NOT NULL
);

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
  settings_hash  TEXT NOT NULL
);
CREATE INDEX business_classes_round ON business_classes(round_id, size_class);

-- A change to a value the classification reads makes that business's row stale.
CREATE TRIGGER businesses_classification_stale
AFTER UPDATE OF omzet_nilai, omzet_periode, aset, modal, tenaga_kerja, tenaga_kerja_l, tenaga_kerja_p, jenis_usaha ON businesses
BEGIN
  DELETE FROM business_classes WHERE business_id = NEW.id;
END;
