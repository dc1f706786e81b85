// User settings for steering. Stored in meta; validated on every read and write, since storage is not trusted
// more than a message. Nothing here can touch the safety bounds: they live in code (src/steering/bounds).
import { arrayOf, bool, object, recordOf, str, type Check } from '../shared/schema';
import type { AttuneDB } from './db';

export const SETTINGS_KEY = 'settings';
export const MAX_CUSTOM_LINES = 20;
export const MAX_LINE = 300;

export interface SteeringSettings {
  /** The user's own style lines; they join the block and pass through the same bounds. */
  customLines: string[];
  /** Axes whose learned line the user muted. */
  mutedAxes: string[];
  /** Axes whose learned line is kept even when it would not make the cut. */
  pinnedAxes: string[];
  /** The user's wording for an axis' line (checked by the bounds like any instruction). */
  edits: Record<string, string>;
  /** Per site: add the block to every message (off by default). */
  autoInsert: Record<string, boolean>;
}

export interface Settings {
  steering: SteeringSettings;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  steering: Object.freeze({ customLines: [], mutedAxes: [], pinnedAxes: [], edits: {}, autoInsert: {} }),
}) as Settings;

const axis = str({ max: 40, min: 1, pattern: /^[a-z_]+$/ });
export const settingsSchema: Check<Settings> = object({
  steering: object({
    customLines: arrayOf(str({ max: MAX_LINE, min: 1 }), { max: MAX_CUSTOM_LINES }),
    mutedAxes: arrayOf(axis, { max: 64 }),
    pinnedAxes: arrayOf(axis, { max: 64 }),
    edits: recordOf(str({ max: MAX_LINE, min: 1 }), { maxKeys: 64, maxKeyLength: 40 }),
    autoInsert: recordOf(bool, { maxKeys: 32, maxKeyLength: 64 }),
  }),
});

export async function getSettings(db: AttuneDB): Promise<Settings> {
  const stored = await db.get('meta', SETTINGS_KEY);
  if (stored === undefined) return structuredClone(DEFAULT_SETTINGS);
  try {
    return settingsSchema(stored, 'settings');
  } catch {
    // Unreadable settings never block capture or steering: fall back to defaults (the bad copy stays for export).
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function saveSettings(db: AttuneDB, settings: Settings): Promise<Settings> {
  const valid = settingsSchema(settings, 'settings');
  const tx = db.transaction('meta', 'readwrite');
  await tx.store.put(valid, SETTINGS_KEY);
  await tx.done;
  return valid;
}
