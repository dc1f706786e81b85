// `npm run package`: store-ready zips of both builds in dist/packages/.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

mkdirSync('dist/packages', { recursive: true });
for (const browser of ['chrome', 'firefox']) {
  const dir = `dist/${browser}`;
  const { version } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const entries = Object.fromEntries(files(dir).sort().map((f) => [relative(dir, f), [readFileSync(f), { mtime: new Date('2026-01-01T00:00:00Z') }]]));
  const out = `dist/packages/attune-${version}-${browser}.zip`;
  writeFileSync(out, zipSync(entries, { level: 9 }));
  console.log(`${out}  ${(statSync(out).size / 1024).toFixed(1)} KB, ${Object.keys(entries).length} files`);
}
