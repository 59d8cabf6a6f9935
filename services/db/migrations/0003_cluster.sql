-- Clustering runs (issue 5): everything needed to reproduce a run, its assignments, editable labels,
-- and placements of other rounds on a saved run's centroids.

CREATE TABLE cluster_runs (
  id             INTEGER PRIMARY KEY,
  round_id       INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  name           TEXT NOT NULL,
  method         TEXT NOT NULL CHECK (method IN ('kmeans', 'kprototypes')),
  k              INTEGER NOT NULL CHECK (k >= 1),
  seed           INTEGER NOT NULL,
  restarts       INTEGER NOT NULL,
  max_iterations INTEGER NOT NULL,
  tolerance      REAL NOT NULL,
  rows_used      INTEGER NOT NULL,
  input_hash     TEXT NOT NULL,    -- sha256 of the feature keys, business ids and raw values clustered
  config_json    TEXT NOT NULL,    -- filter, feature specs, missing-value policy, silhouette sample
  model_json     TEXT NOT NULL,    -- fitted transforms, imputation values, centroids: enough to assign other rounds
  result_json    TEXT NOT NULL,    -- indices, sizes, profiles, tables, scatter, sweep
  versions_json  TEXT NOT NULL,    -- app, engine, Node versions
  created_at     TEXT NOT NULL
);
CREATE INDEX cluster_runs_round ON cluster_runs(round_id);

-- Cluster names: the generated one is kept so an emptied label restores it.
CREATE TABLE cluster_labels (
  run_id    INTEGER NOT NULL REFERENCES cluster_runs(id) ON DELETE CASCADE,
  cluster   INTEGER NOT NULL,
  generated TEXT NOT NULL,
  label     TEXT NOT NULL,
  PRIMARY KEY (run_id, cluster)
) WITHOUT ROWID;

-- source 'fit' = the rows the run was fitted on; 'assign' = another round placed on its centroids.
CREATE TABLE cluster_assignments (
  run_id      INTEGER NOT NULL REFERENCES cluster_runs(id) ON DELETE CASCADE,
  business_id INTEGER NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
  cluster     INTEGER NOT NULL,
  source      TEXT NOT NULL CHECK (source IN ('fit', 'assign')),
  distance    REAL NOT NULL,     -- squared distance to the centroid, in the clustered space
  PRIMARY KEY (run_id, business_id)
) WITHOUT ROWID;
CREATE INDEX cluster_assignments_business ON cluster_assignments(business_id);
CREATE INDEX cluster_assignments_cluster ON cluster_assignments(run_id, cluster);

CREATE TABLE cluster_projections (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES cluster_runs(id) ON DELETE CASCADE,
  round_id    INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  filter_json TEXT NOT NULL,
  input_hash  TEXT NOT NULL,
  rows_used   INTEGER NOT NULL,
  result_json TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  UNIQUE (run_id, round_id)
);
