// `npm test`: the whole suite, in order — type check, lint, unit tests, build, web-ext lint, end-to-end in
// Chromium and Firefox. Prints one closing line "tests: N passed, N failed" summed over the vitest runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const tmp = '.tmp/test-results';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const only = process.argv[2]; // optional: run just one step by name

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit', 'npx', ['vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${tmp}/unit.json`]],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['lint:firefox', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--warnings-as-errors=false']],
  ['e2e', 'npx', ['vitest', 'run', '--project', 'e2e', '--reporter=default', '--reporter=json', `--outputFile.json=${tmp}/e2e.json`]],
];

let passed = 0;
let failed = 0;
let ok = true;
for (const [name, cmd, args] of steps) {
  if (only && name !== only) continue;
  console.log(`\n── ${name} ──`);
  const t0 = Date.now();
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`── ${name}: ${run.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (name === 'unit' || name === 'e2e') {
    try {
      const report = JSON.parse(readFileSync(`${tmp}/${name}.json`, 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
    } catch {
      failed += 1;
    }
  } else if (run.status !== 0) {
    failed += 1;
  }
  if (run.status !== 0) {
    ok = false;
    break;
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
