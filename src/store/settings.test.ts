import { describe, expect, it } from 'vitest';
import { openAttuneDB } from './db';
import { DEFAULT_SETTINGS, getSettings, saveSettings, SETTINGS_KEY } from './settings';
import { uniqueDbName } from './test-helpers';

describe('settings', () => {
  it('defaults to nothing custom and auto-insert off everywhere', async () => {
    const db = await openAttuneDB(uniqueDbName());
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.steering.autoInsert).toEqual({});
  });

  it('round-trips valid settings and rejects malformed ones without touching the stored copy', async () => {
    const db = await openAttuneDB(uniqueDbName());
    const good = { steering: { customLines: ['Be blunt.'], mutedAxes: ['emoji'], pinnedAxes: ['length'], edits: { length: 'Short, please.' }, autoInsert: { chatgpt: true } } };
    expect(await saveSettings(db, good)).toEqual(good);
    const bad = [
      { steering: { ...good.steering, customLines: ['x'.repeat(301)] } },
      { steering: { ...good.steering, autoInsert: { chatgpt: 'yes' } } },
      { steering: { ...good.steering, rules: [] } },
      JSON.parse('{"steering":{"customLines":[],"mutedAxes":[],"pinnedAxes":[],"edits":{"__proto__":"x"},"autoInsert":{}}}'),
    ];
    for (const b of bad) await expect(saveSettings(db, b as never)).rejects.toThrow();
    expect(await getSettings(db)).toEqual(good);
  });

  it('falls back to defaults when the stored copy is unreadable', async () => {
    const db = await openAttuneDB(uniqueDbName());
    await db.put('meta', { steering: { customLines: 5 } }, SETTINGS_KEY);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
