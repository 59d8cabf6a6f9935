import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KMEANS_ENGINE } from '../../shared/cluster/kmeans';

/** Reads `version` from a package.json, or null. */
function versionAt(path: string): string | null {
  try {
    return existsSync(path) ? ((JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version ?? null) : null;
  } catch {
    return null;
  }
}

let cached: Record<string, string> | null = null;

/**
 * The versions stored with every run: the app, our k-means engine, Node, and ml-kmeans (the design
 * card's library, kept as the reference our engine is tested against).
 */
export function libraryVersions(): Record<string, string> {
  if (cached) return cached;
  let app: string | null = null;
  let mlKmeans: string | null = null;
  try {
    const here = fileURLToPath(import.meta.url);
    app = versionAt(join(dirname(here), '..', '..', 'package.json'));
    const req = createRequire(import.meta.url);
    mlKmeans = versionAt(join(dirname(req.resolve('ml-kmeans')), '..', 'package.json'));
  } catch {
    // A bundle without package.json files next to it: the versions stay unknown rather than failing a run.
  }
  cached = {
    app: app ?? 'tidak diketahui',
    engine: KMEANS_ENGINE,
    node: process.versions.node,
    ml_kmeans_reference: mlKmeans ?? 'tidak diketahui',
  };
  return cached;
}
