import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RequestOf } from '../../../../shared/api/contract';
import type { ClusterFeaturesResult, FeatureOverview } from '../../../../shared/api/contract-cluster';
import type { Facets } from '../../../../shared/api/contract-data';
import type { ApiError } from '../../../../shared/api/result';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import {
  applySetup, configKey, configOf, DEFAULT_ENGINE, DEFAULT_MISSING, DEFAULT_ROWS, filterOf, mergeChoices, specsOf,
  type ClusterConfigRequest, type EngineChoice, type FeatureChoice, type MissingChoice, type RowChoice, type StoredSetup,
} from './cluster-config';

/** Settings changes wait this long before the previews are recomputed (typing a weight, ms). */
const PREVIEW_DEBOUNCE_MS = 250;

export interface ClusterSetup {
  rows: RowChoice;
  setRows: (next: RowChoice) => void;
  missing: MissingChoice;
  setMissing: (next: MissingChoice) => void;
  engine: EngineChoice;
  setEngine: (next: EngineChoice) => void;
  choices: Record<string, FeatureChoice>;
  setChoice: (choice: FeatureChoice) => void;
  /** The catalogue with distributions under the current settings (the last answer while a new one loads). */
  overview: ClusterFeaturesResult | null;
  overviewLoading: boolean;
  overviewError: ApiError | null;
  reloadOverview: () => void;
  facets: Facets | null;
  /** The chosen features of the catalogue, in its order. */
  selected: FeatureOverview[];
  /** The request fields a sweep and a run share, and their identity. */
  config: ClusterConfigRequest;
  key: string;
  applyStored: (setup: StoredSetup) => void;
}

/**
 * The Klaster screen's settings: rows, features and their transforms, missing values, engine. The
 * feature catalogue is re-read (debounced) with the chosen settings so each preview shows the
 * distribution after exactly the transform that will be clustered.
 */
export function useClusterSetup(roundId: number): ClusterSetup {
  const [rows, setRows] = useState<RowChoice>(DEFAULT_ROWS);
  const [missing, setMissing] = useState<MissingChoice>(DEFAULT_MISSING);
  const [engine, setEngine] = useState<EngineChoice>(DEFAULT_ENGINE);
  const [choices, setChoices] = useState<Record<string, FeatureChoice>>({});
  const [catalogue, setCatalogue] = useState<FeatureOverview[]>([]);

  const filter = useMemo(() => filterOf(roundId, rows), [roundId, rows]);
  const specs = useMemo(() => specsOf(catalogue, choices), [catalogue, choices]);
  const previewRequest = useDebouncedValue(JSON.stringify({ filter, features: specs, missing }), PREVIEW_DEBOUNCE_MS);
  const overviewQuery = useApiQuery('cluster:features', useMemo(() => JSON.parse(previewRequest) as RequestOf<'cluster:features'>, [previewRequest]));
  const facetsQuery = useApiQuery('businesses:facets', useMemo(() => ({ roundId }), [roundId]));
  const overview = overviewQuery.data;

  // New catalogue entries (another round may have other extra columns) get their kind's defaults.
  useEffect(() => {
    if (!overview) return;
    setCatalogue((previous) => (sameKeys(previous, overview.features) ? previous : overview.features));
    setChoices((previous) => mergeChoices(previous, overview.features));
  }, [overview]);

  const setChoice = useCallback((choice: FeatureChoice) => setChoices((previous) => ({ ...previous, [choice.key]: choice })), []);
  const applyStored = useCallback((setup: StoredSetup) => {
    setRows(setup.rows);
    setMissing(setup.missing);
    setEngine(setup.engine);
    setChoices((previous) => applySetup(previous, setup));
  }, []);

  const config = useMemo(() => configOf(filter, specs, missing, engine), [filter, specs, missing, engine]);
  const selected = useMemo(
    () => (overview?.features ?? []).filter((f) => choices[f.key]?.selected),
    [overview, choices],
  );
  return {
    rows, setRows, missing, setMissing, engine, setEngine, choices, setChoice,
    overview, overviewLoading: overviewQuery.loading, overviewError: overviewQuery.error, reloadOverview: overviewQuery.reload,
    facets: facetsQuery.data, selected, config, key: configKey(config), applyStored,
  };
}

function sameKeys(a: readonly FeatureOverview[], b: readonly FeatureOverview[]): boolean {
  return a.length === b.length && a.every((f, i) => f.key === b[i]?.key && f.kind === b[i]?.kind);
}
