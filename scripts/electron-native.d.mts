/** Builds better-sqlite3 for Electron into build/electron-native and returns the .node path. */
export function buildElectronNative(): string;
