// Test fixtures (Node only: unit and end-to-end tests). The ChatGPT export is kept as its JSON files in
// fixtures/chatgpt-export/ (readable, reviewable) and zipped on demand, as ChatGPT ships it.
import { readdirSync, readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';

const dir = new URL('./fixtures/chatgpt-export/', import.meta.url);

/** The fixture's files, by name (raw text). */
export function chatgptExportFiles(): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(new URL(name, dir), 'utf8')]));
}

/** The fixture as ChatGPT's .zip, optionally with files replaced or removed (value null). */
export function chatgptExportZip(overrides: Record<string, string | Uint8Array | null> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries({ ...chatgptExportFiles(), ...overrides })) {
    if (text === null) continue;
    files[name] = typeof text === 'string' ? strToU8(text) : text;
  }
  return zipSync(files, { level: 6, mtime: new Date('2024-11-12T10:00:00Z') });
}

export const backupV1Text = (): string => readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
