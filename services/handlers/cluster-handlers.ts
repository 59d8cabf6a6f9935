import { clusterChannels } from '../../shared/api/contract-cluster';
import type { HandlersFor } from './types';

/** Clustering runs (issue 5). */
export const clusterHandlers: HandlersFor<typeof clusterChannels> = {};
