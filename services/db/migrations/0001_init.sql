-- Peta Potensi project file, first schema.
-- Money is integer Rupiah; NULL means missing (never zero). Region codes are Kemendagri text codes.

CREATE TABLE project_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE regions (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  parent_code TEXT,
  source      TEXT NOT NULL DEFAULT 'builtin'
);
CREATE INDEX regions_parent ON regions(parent_code);

CREATE TABLE rounds (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  year       INTEGER,
  created_at TEXT NOT NULL
);

CREATE TABLE imports (
  id           INTEGER PRIMARY KEY,
  round_id     INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  file_name    TEXT NOT NULL,
  file_sha256  TEXT NOT NULL,
  sheet        TEXT,
  header_row   INTEGER NOT NULL,
  encoding     TEXT,
  delimiter    TEXT,
  headers_json TEXT NOT NULL,
  mapping_json TEXT NOT NULL,
  summary_json TEXT NOT NULL,
  created_at   TEXT NOT NULL
);

CREATE TABLE businesses (
  id              INTEGER PRIMARY KEY,
  round_id        INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  import_id       INTEGER REFERENCES imports(id) ON DELETE CASCADE,
  source_row      INTEGER,          -- 1-based row number in the source sheet
  nama_pelaku     TEXT,
  nama_usaha      TEXT,
  nik             TEXT,             -- personal data: masked on screen and in exports
  no_kk           TEXT,             -- personal data
  telepon         TEXT,             -- personal data, normalised to 08…
  alamat          TEXT,
  rt              TEXT,
  rw              TEXT,
  kecamatan_code  TEXT REFERENCES regions(code),
  kelurahan_code  TEXT REFERENCES regions(code),
  bidang_usaha    TEXT CHECK (bidang_usaha IN ('perdagangan', 'industri', 'jasa')),
  jenis_usaha     TEXT,
  nib             TEXT,
  omzet_nilai     INTEGER,          -- Rupiah, for the period below
  omzet_periode   TEXT CHECK (omzet_periode IN ('bulan', 'tahun')),
  omzet_tahunan   INTEGER GENERATED ALWAYS AS (CASE omzet_periode WHEN 'tahun' THEN omzet_nilai WHEN 'bulan' THEN omzet_nilai * 12 END) VIRTUAL,
  omzet_bulanan   INTEGER GENERATED ALWAYS AS (CASE omzet_periode WHEN 'bulan' THEN omzet_nilai WHEN 'tahun' THEN CAST(round(omzet_nilai / 12.0) AS INTEGER) END) VIRTUAL,
  aset            INTEGER,
  modal           INTEGER,
  pemasaran       TEXT CHECK (pemasaran IN ('online', 'offline', 'keduanya')),
  tenaga_kerja    INTEGER CHECK (tenaga_kerja >= 0),
  tenaga_kerja_l  INTEGER CHECK (tenaga_kerja_l >= 0),
  tenaga_kerja_p  INTEGER CHECK (tenaga_kerja_p >= 0),
  kemitraan       INTEGER CHECK (kemitraan IN (0, 1)),
  tahun_mulai     INTEGER,
  status          TEXT NOT NULL DEFAULT 'data_awal' CHECK (status IN ('data_awal', 'valid', 'hilang')),
  alasan_hilang   TEXT CHECK (alasan_hilang IN ('tidak_lagi_usaha', 'pindah_alamat', 'meninggal', 'luar_kota', 'fiktif', 'data_dobel')),
  sumber          TEXT NOT NULL DEFAULT 'data_dinas' CHECK (sumber IN ('data_dinas', 'temuan_lapangan')),
  duplicate_state TEXT CHECK (duplicate_state IN ('possible', 'kept', 'duplicate')),
  duplicate_of    INTEGER REFERENCES businesses(id) ON DELETE SET NULL,
  original_json   TEXT NOT NULL,    -- the source row exactly as read: {header: cell}
  extra_json      TEXT,             -- unmapped columns, read as numbers where they are numbers
  CHECK ((status = 'hilang') = (alasan_hilang IS NOT NULL))
);
CREATE INDEX businesses_round_kec ON businesses(round_id, kecamatan_code);
CREATE INDEX businesses_round_kel ON businesses(round_id, kelurahan_code);
CREATE INDEX businesses_round_sector ON businesses(round_id, bidang_usaha);
CREATE INDEX businesses_nik ON businesses(nik) WHERE nik IS NOT NULL;

CREATE TABLE business_issues (
  id          INTEGER PRIMARY KEY,
  business_id INTEGER NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
  code        TEXT NOT NULL,
  column_name TEXT,
  severity    TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message     TEXT NOT NULL
);
CREATE INDEX business_issues_business ON business_issues(business_id);
CREATE INDEX business_issues_code ON business_issues(code);

-- Remembered column mappings, keyed by a hash of the normalised header row.
CREATE TABLE saved_mappings (
  headers_hash TEXT PRIMARY KEY,
  headers_json TEXT NOT NULL,
  mapping_json TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
