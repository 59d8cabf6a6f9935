/** Bundles main, preload and workers into dist/main. */
export function buildMain(): Promise<void>;
