// Export and import through the options page, in Chromium and Firefox: ChatGPT's data export (.zip) imported
// through the file input, every export format downloaded and checked against its field contract, backup →
// delete everything → import gives the same data, importing twice changes nothing, a damaged file is refused
// with a clear message and changes nothing, and imported HTML is shown as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { poll, type Driver, type Tab } from './harness/driver';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { chatgptExportZip } from '../../src/import/fixtures';
import { CSV_COLUMNS } from '../../src/export/formats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const noFixtures = () => null;
const browsers = [
  { name: 'chromium', launch: () => launchChromium({ dist: path.join(root, 'dist/chrome'), serve: noFixtures }) },
  { name: 'firefox', launch: () => launchFirefox({ dist: path.join(root, 'dist/firefox'), serve: noFixtures }) },
] as const;

const sel = (name: string) => `[data-attune="${name}"]`;
const jsonl = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

/** In-page: puts a file into the import input as a person choosing it would (a real File, a change event). */
function chooseFile({ name, base64, type }: { name: string; base64: string; type: string }): boolean {
  const input = document.querySelector<HTMLInputElement>('[data-attune="import-file"]');
  if (!input || input.disabled) return false;
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name, { type }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

describe.each(browsers)('export and import through the options page in $name', ({ launch }) => {
  let driver: Driver;
  let options: Tab;
  let optionsUrl = '';

  const text = (css: string) => options.evaluate((s) => document.querySelector(s)?.textContent ?? null, css);

  async function count(): Promise<number> {
    const t = await poll('the judgment count', async () => {
      const v = await text(sel('judgment-count'));
      return v !== null && /^\d+$/.test(v) ? v : undefined;
    });
    return Number(t);
  }

  async function waitForCount(n: number): Promise<void> {
    await poll(`the count to show ${n}`, async () => (await count()) === n, { timeout: 20_000 });
  }

  /** Chooses a file, waits for the check, and confirms; returns the import's status line. */
  async function importThrough(name: string, bytes: Uint8Array, type: string): Promise<{ text: string; error: boolean }> {
    await poll('the import input', () => options.evaluate(chooseFile, { name, base64: Buffer.from(bytes).toString('base64'), type }));
    const outcome = await poll('the file to be checked', () =>
      options.evaluate(() => {
        if (document.querySelector('[data-attune="import-preview"]')) return 'preview';
        const s = document.querySelector('[data-attune="import-status"]');
        return s?.getAttribute('data-error') === 'true' ? 'error' : undefined;
      }, null),
    );
    if (outcome === 'preview') {
      await options.click({ css: sel('import-confirm') });
      await poll('the import to finish', async () => (await text(sel('import-status')))?.includes('new judgments'), { timeout: 30_000 });
    }
    return options.evaluate(() => {
      const s = document.querySelector('[data-attune="import-status"]');
      return { text: s?.textContent ?? '', error: s?.getAttribute('data-error') === 'true' };
    }, null);
  }

  const download = (css: string) => options.download({ css });

  /** Waits until the target stops moving (sections above it render asynchronously), so a click lands on it. */
  async function settled(css: string): Promise<void> {
    let last = '';
    let same = 0;
    await poll(`${css} to stop moving`, async () => {
      const rect = await options.evaluate((c) => JSON.stringify(document.querySelector(c)?.getBoundingClientRect() ?? null), css);
      same = rect === last && rect !== 'null' ? same + 1 : 0;
      last = rect;
      return same >= 3;
    }, { interval: 100 });
  }

  beforeAll(async () => {
    driver = await launch();
    optionsUrl = `${driver.extensionOrigin}/src/ui/options/index.html`;
    options = await driver.newTab();
    await options.goto(optionsUrl);
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('imports ChatGPT’s data export (.zip): past thumbs and comparisons, joined with their texts', async () => {
    expect(await count()).toBe(0);
    const status = await importThrough('chatgpt-export.zip', chatgptExportZip(), 'application/zip');
    expect(status.error).toBe(false);
    expect(status.text).toMatch(/ChatGPT data export "chatgpt-export\.zip": 6 new judgments/);
    expect(status.text).toMatch(/1 entry skipped \(message_feedback\.json\[3\]: the rated answer is not in conversations\.json\)/);
    await waitForCount(6);
    // Imported HTML is displayed as text, never as markup.
    const recent = await options.evaluate(() => {
      const table = document.querySelector('[data-attune="recent"]');
      return { scripts: table?.querySelectorAll('script, img').length ?? -1, text: table?.textContent ?? '' };
    }, null);
    expect(recent.scripts).toBe(0);
    expect(recent.text).toContain("<script>alert('hi')</script>");
  });

  it('exports every format to its field contract', async () => {
    const kto = jsonl((await download(sel('export-kto'))).text);
    expect(kto).toHaveLength(3);
    for (const row of kto) expect(Object.keys(row).sort()).toEqual(['at', 'completion', 'label', 'prompt', 'site', 'source', 'weight']);
    expect(kto.map((r) => r.label).sort()).toEqual([false, true, true]);

    const trl = jsonl((await download(sel('export-trl'))).text);
    expect(trl).toHaveLength(2);
    expect(trl.find((r) => r.prompt === 'Write a haiku about autumn rain')).toMatchObject({ chosen: expect.stringMatching(/^Rain on maple leaves/) });

    const openaiFile = await download(sel('export-openai'));
    expect(openaiFile.name).toMatch(/^attune-choices-openai-preference-\d{4}-\d{2}-\d{2}\.jsonl$/);
    for (const row of jsonl(openaiFile.text)) {
      expect(Object.keys(row).sort()).toEqual(['input', 'non_preferred_output', 'preferred_output']);
      expect(row.input).toEqual({ messages: [{ role: 'user', content: expect.any(String) }] });
    }

    const csv = await download(sel('export-csv'));
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);

    const profile = JSON.parse((await download(sel('export-profile'))).text) as Record<string, unknown>;
    expect(profile).toMatchObject({ format: 'attune-profile-export', version: 1 });
    expect(Array.isArray(profile.axes)).toBe(true);
    const card = await download(sel('export-card'));
    expect(card.text).toMatch(/^My answer-style preferences/);
  });

  it('filters exports by site', async () => {
    await options.click({ css: `${sel('export-filters')} summary` });
    await options.click({ css: '[data-attune-site="chatgpt"]' });
    expect(jsonl((await download(sel('export-kto'))).text)).toHaveLength(3);
    await options.goto(optionsUrl); // filters reset
  });

  it('backup → delete everything → import restores identical data; importing again changes nothing', async () => {
    const backup = JSON.parse((await download(sel('export-json'))).text) as { judgments: { id: string }[]; responses: { key: string }[] };
    expect(backup.judgments).toHaveLength(6);
    await poll('the export to report', async () => (await text(sel('export-status'))) !== null);
    await settled(sel('delete-all'));
    await options.click({ css: sel('delete-all') });
    await settled(sel('delete-confirm'));
    await options.click({ css: sel('delete-confirm') });
    await waitForCount(0);

    const bytes = new TextEncoder().encode(JSON.stringify(backup));
    expect((await importThrough('attune-backup.json', bytes, 'application/json')).text).toMatch(/6 new judgments/);
    await waitForCount(6);
    const restored = JSON.parse((await download(sel('export-json'))).text) as typeof backup;
    expect(sortById(restored.judgments)).toEqual(sortById(backup.judgments));
    expect(restored.responses.length).toBe(backup.responses.length);

    expect((await importThrough('attune-backup.json', bytes, 'application/json')).text).toMatch(/0 new judgments, 0 updated, 6 already here/);
    await options.goto(optionsUrl);
    await waitForCount(6);
  });

  it('refuses a damaged file with a message naming the problem, and changes nothing', async () => {
    const backup = (await download(sel('export-json'))).text;
    const truncated = new TextEncoder().encode(backup.slice(0, Math.floor(backup.length / 2)));
    const status = await importThrough('damaged.json', truncated, 'application/json');
    expect(status.error).toBe(true);
    expect(status.text).toMatch(/^damaged\.json, line \d+/);
    const hostile = new TextEncoder().encode(backup.replace('"kind":"rating"', '"__proto__":{"x":1},"kind":"rating"'));
    expect((await importThrough('hostile.json', hostile, 'application/json')).text).toMatch(/forbidden key/);
    await options.goto(optionsUrl);
    await waitForCount(6);
  });
});
