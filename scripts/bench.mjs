// `npm run bench <name>` runs bench/<name>.ts with tsx; each benchmark prints its own figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const names = readdirSync(new URL('../bench/', import.meta.url))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
  .map((f) => f.slice(0, -3));
const wanted = process.argv.slice(2);
if (wanted.length === 0) {
  console.error(`usage: npm run bench <${names.join('|')}> [...]`);
  process.exit(2);
}
let failed = false;
for (const name of wanted) {
  const file = new URL(`../bench/${name}.ts`, import.meta.url);
  if (!existsSync(file)) {
    console.error(`unknown benchmark "${name}"; known: ${names.join(', ')}`);
    process.exit(2);
  }
  const run = spawnSync(process.execPath, ['--import', 'tsx', file.pathname], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
