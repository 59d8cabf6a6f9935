import { statsChannels } from '../../shared/api/contract-stats';
import type { HandlersFor } from './types';

/** Classification, statistics and potential-mapping tables (issue 4). */
export const statsHandlers: HandlersFor<typeof statsChannels> = {};
