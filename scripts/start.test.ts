import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start', () => {
  it('explains how to load both builds by hand where it cannot open a browser', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, CI: '1' }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/chrome:\/\/extensions.*Load unpacked.*dist\/chrome/s);
    expect(run.stdout).toMatch(/about:debugging#\/runtime\/this-firefox.*dist\/firefox\/manifest\.json/s);
  });
});
