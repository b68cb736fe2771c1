import * as path from 'node:path';
import { defineConfig } from 'vite';

/**
 * D9: the console is built into dist/console and served by the server at /console (apps/ota-server/src/console).
 * Everything it needs is bundled: no runtime CDN.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.join(import.meta.dirname, '..', '..', 'dist', 'console'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
});
