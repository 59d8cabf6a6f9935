import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/dictionaries';
import { HomeScreen } from '../features/home/HomeScreen';
import { DataScreen } from '../features/data/DataScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { ClassifyScreen } from '../features/classify/ClassifyScreen';
import { StatsScreen } from '../features/stats/StatsScreen';
import { TablesScreen } from '../features/tables/TablesScreen';
import { ClusterScreen } from '../features/cluster/ClusterScreen';

/** One entry of the left navigation. */
export interface ScreenDefinition {
  /** Stable id: used in `data-testid="nav-<id>"` and by `useNavigate()`. */
  id: string;
  label: MessageKey;
  /** Screens that need an open project are disabled until one is open. */
  requiresProject: boolean;
  Component: ComponentType;
}

/**
 * The screens, in navigation order. Each later feature (Impor, Klasifikasi, Statistik, Rekap & LQ,
 * Klaster) adds one entry here, and its messages in i18n/messages/.
 */
export const SCREENS: readonly ScreenDefinition[] = [
  { id: 'home', label: 'nav.home', requiresProject: false, Component: HomeScreen },
  { id: 'import', label: 'nav.import', requiresProject: true, Component: ImportScreen },
  { id: 'data', label: 'nav.data', requiresProject: true, Component: DataScreen },
  { id: 'review', label: 'nav.review', requiresProject: true, Component: ReviewScreen },
  { id: 'classify', label: 'nav.classify', requiresProject: true, Component: ClassifyScreen },
  { id: 'stats', label: 'nav.stats', requiresProject: true, Component: StatsScreen },
  { id: 'tables', label: 'nav.tables', requiresProject: true, Component: TablesScreen },
  { id: 'cluster', label: 'nav.cluster', requiresProject: true, Component: ClusterScreen },
];
