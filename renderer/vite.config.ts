import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The renderer bundle. `base: './'` makes every asset URL relative, so the same build works when
 * Electron loads it from file:// and when the loopback server serves it at `/`. No plugin is needed:
 * Vite's esbuild compiles TSX with the automatic JSX runtime.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: `${repoRoot}dist/renderer`,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // Plotly alone is ~4.8 MB minified; the app is offline, so large chunks cost only disk space.
    chunkSizeWarningLimit: 6000,
  },
  server: { host: '127.0.0.1', strictPort: true },
});
