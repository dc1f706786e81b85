// `npm run bench <name> [<name>…] [args…]` runs bench/<name>.ts with tsx; each benchmark prints its own figures.
// Leading arguments that name benchmarks select them; the rest are passed to each (e.g. `npm run bench:bounds --
// --verbose`, `npm run bench:learning -- real`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const names = readdirSync(new URL('../bench/', import.meta.url))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
  .map((f) => f.slice(0, -3));
const args = process.argv.slice(2);
let split = 0;
while (split < args.length && names.includes(args[split])) split++;
if (split === 0 && args.length > 0 && !args[0].startsWith('-')) split = 1; // an unknown name: reported below
const wanted = args.slice(0, split);
const passed = args.slice(split);
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
  const run = spawnSync(process.execPath, ['--import', 'tsx', file.pathname, ...passed], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
