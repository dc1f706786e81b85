// Bundles the `attune` CLI for Node into dist/cli/attune.mjs.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: 'src/cli/node-entry.ts',
    rollupOptions: { output: { entryFileNames: 'attune.mjs', format: 'es' } },
    minify: false,
  },
});
