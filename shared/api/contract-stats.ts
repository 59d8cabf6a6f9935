/** Channels for classification, statistics and the potential-mapping tables (issue 4). */
export const statsChannels = {} as const;
