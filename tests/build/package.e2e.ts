// `npm run package` (after the build): store-ready zips holding exactly the unpacked builds.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('packaging', () => {
  it('zips each build with every file at the archive root', () => {
    const run = spawnSync(process.execPath, ['scripts/package.mjs'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const { version } = JSON.parse(readFileSync('manifest.json', 'utf8'));
    for (const browser of ['chrome', 'firefox']) {
      const zip = unzipSync(readFileSync(`dist/packages/attune-${version}-${browser}.zip`));
      const expected = files(`dist/${browser}`).map((f) => relative(`dist/${browser}`, f)).sort();
      expect(Object.keys(zip).sort()).toEqual(expected);
      expect(JSON.parse(new TextDecoder().decode(zip['manifest.json']))).toEqual(JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8')));
    }
  });
});
