/** Channels for clustering runs (issue 5). */
export const clusterChannels = {} as const;
