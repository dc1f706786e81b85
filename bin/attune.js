#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm run build` into dist/cli/attune.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/attune.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('attune: the CLI is not built yet; run `npm run build` in the Attune folder first.\n');
  process.exit(2);
}
await import(bundle);
