// `npm run bench:size`: gzipped size of what each build ships, per part. Builds first if needed.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_BUDGET = 16 * 1024;

if (!existsSync('dist/chrome/manifest.json') || !existsSync('dist/firefox/manifest.json')) execSync('npm run --silent build', { stdio: 'inherit' });

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

/** Every JS/CSS file an HTML page or script pulls in, following its static references. */
function closure(dir: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(join(dir, entry))) return seen;
  seen.add(entry);
  const text = readFileSync(join(dir, entry), 'utf8');
  for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"|(?:from|import)\s*["']([^"']+\.js)["']/g)) {
    const ref = (m[1] ?? m[2])!;
    closure(dir, ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(entry), ref), seen);
  }
  return seen;
}

let failed = false;
for (const browser of ['chrome', 'firefox']) {
  const dir = `dist/${browser}`;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const contentFiles: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
  const content = contentFiles.reduce((s, f) => s + gz(join(dir, f)), 0);
  const part = (html: string) => [...closure(dir, html)].reduce((s, f) => s + (f.endsWith('.html') ? 0 : gz(join(dir, f))), 0);
  const popup = part(manifest.action.default_popup);
  const options = part(manifest.options_ui.page);
  const bgEntry: string = manifest.background.service_worker ?? manifest.background.scripts[0];
  const background = [...closure(dir, bgEntry)].reduce((s, f) => s + gz(join(dir, f)), 0);
  const total = (function walk(d: string): number {
    return readdirSync(d).reduce((s, f) => (statSync(join(d, f)).isDirectory() ? s + walk(join(d, f)) : s + statSync(join(d, f)).size), 0);
  })(dir);
  const ok = content <= CONTENT_BUDGET;
  failed ||= !ok;
  console.log(`\n${browser}`);
  console.log(`  content script (all adapters)  ${kb(content).padStart(10)} gzip   budget ${kb(CONTENT_BUDGET)}  ${ok ? 'PASS' : 'FAIL'}`);
  console.log(`  popup                          ${kb(popup).padStart(10)} gzip`);
  console.log(`  options                        ${kb(options).padStart(10)} gzip`);
  console.log(`  background                     ${kb(background).padStart(10)} gzip`);
  console.log(`  unpacked total                 ${kb(total).padStart(10)} raw`);
}
process.exit(failed ? 1 : 0);
