import { beforeEach, describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { openAttuneDB, type AttuneDB } from '../store/db';
import { allJudgments, allResponses, deleteAll, recordChoice, setRating } from '../store/judgments';
import { choice, response, uniqueDbName } from '../store/test-helpers';
import { exportFromStore } from '../export/run';
import { toKtoJsonl, toOpenAiPreferenceJsonl, toTrlJsonl, BACKUP_VERSION } from '../export/formats';
import { sampleJudgments, sampleResponses } from '../export/sample';
import { mergeRecords } from '../store/exchange';
import { importFile, readImportFile, ImportError } from './index';
import { BACKUP_UPGRADES, upgradeBackup } from './backup';
import { backupV1Text, chatgptExportFiles, chatgptExportZip } from './fixtures';
import type { Judgment } from '../shared/records';

let db: AttuneDB;
beforeEach(async () => {
  db = await openAttuneDB(uniqueDbName());
});

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
const byKey = <T extends { key: string }>(xs: T[]) => [...xs].sort((a, b) => (a.key < b.key ? -1 : 1));
const snapshot = async () => ({ judgments: byId(await allJudgments(db)), responses: byKey(await allResponses(db)) });
const backupBytes = async () => strToU8((await exportFromStore(db, 'backup')).parts.join(''));

async function seed() {
  await setRating(db, response(), 'inline', 'up', 10);
  await setRating(db, response({ key: 'chatgpt:m-2', messageId: 'm-2', text: '<img src=x onerror=alert(1)>' }), 'vendor', 'down', 20);
  await recordChoice(db, choice(), 30);
  await recordChoice(db, choice({ outcome: 'tie', prompt: 'Name a colour' }), 40);
}

describe('Attune backups', () => {
  it('round-trips exactly: backup → wipe → import gives identical data', async () => {
    await seed();
    await mergeRecords(db, { judgments: sampleJudgments(300, 7), responses: sampleResponses(sampleJudgments(300, 7)) });
    const before = await snapshot();
    const file = await backupBytes();
    await deleteAll(db);
    expect((await snapshot()).judgments).toHaveLength(0);
    const report = await importFile(db, 'attune-backup.json', file);
    expect(report.kind).toBe('attune-backup');
    expect(report.judgments.added).toBe(before.judgments.length);
    expect(await snapshot()).toEqual(before);
  });

  it('is idempotent: importing the same backup twice changes nothing and duplicates nothing', async () => {
    await seed();
    const file = await backupBytes();
    const before = await snapshot();
    const again = await importFile(db, 'b.json', file);
    expect(again.judgments).toEqual({ added: 0, updated: 0, unchanged: before.judgments.length });
    const third = await importFile(db, 'b.json', file);
    expect(third.judgments.added + third.judgments.updated).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('merges by updatedAt: a newer edit wins in either direction, an older copy never overwrites', async () => {
    await setRating(db, response(), 'inline', 'up', 10);
    const old = await backupBytes();
    await setRating(db, response(), 'inline', 'down', 50);
    await importFile(db, 'old.json', old);
    expect((await allJudgments(db))[0]).toMatchObject({ label: 'down', updatedAt: 50 });
    const newer = await backupBytes();
    await setRating(db, response(), 'inline', 'up', 5); // local copy now older than the backup
    await importFile(db, 'newer.json', newer);
    expect((await allJudgments(db))[0]).toMatchObject({ label: 'down', updatedAt: 50 });
  });

  it('imports a backup from every earlier backup version (frozen fixtures), upgrading step by step', async () => {
    expect(BACKUP_UPGRADES).toHaveLength(BACKUP_VERSION - 1);
    const fixtures: Record<number, string> = { 1: backupV1Text() };
    for (let v = 1; v <= BACKUP_VERSION; v++) {
      expect(fixtures[v], `frozen fixture for backup version ${v}`).toBeDefined();
      const fresh = await openAttuneDB(uniqueDbName());
      const report = await importFile(fresh, `backup-v${v}.json`, strToU8(fixtures[v]!));
      expect(report.judgments.added).toBe(4);
      expect(report.responses.added).toBe(2);
      const stored = await allJudgments(fresh);
      expect(stored.find((j) => j.id === 'rating:vendor:chatgpt:m-2')).toMatchObject({ completion: '<script>alert(1)</script> Use `list.sort()`.' });
      fresh.close();
    }
  });

  it('upgrades through every step in order (the path a future backup version 2, 3 … adds one step to)', () => {
    const steps = [
      (b: Record<string, unknown>) => ({ ...b, judgments: (b.judgments as unknown[]).map((j) => ({ ...(j as object), v2: true })) }),
      (b: Record<string, unknown>) => ({ ...b, renamed: b.responses }),
    ];
    const v1 = { format: 'attune-backup', version: 1, judgments: [{ id: 'a' }], responses: [] };
    expect(upgradeBackup(v1, 1, steps)).toEqual({ format: 'attune-backup', version: 3, judgments: [{ id: 'a', v2: true }], responses: [], renamed: [] });
    expect(upgradeBackup({ ...v1, version: 2 }, 2, steps)).toEqual({ format: 'attune-backup', version: 3, judgments: [{ id: 'a' }], responses: [], renamed: [] });
    expect(upgradeBackup(v1, 1, [])).toBe(v1);
  });

  it('refuses a backup from a newer Attune, and a file that is no backup, naming the problem', async () => {
    const v1 = JSON.parse(backupV1Text()) as Record<string, unknown>;
    await expect(readImportFile('future.json', strToU8(JSON.stringify({ ...v1, version: BACKUP_VERSION + 1 })))).rejects.toThrow(/newer Attune/);
    await expect(readImportFile('other.json', strToU8(JSON.stringify({ format: 'something-else' })))).rejects.toThrow(/not an Attune backup/);
    await expect(readImportFile('v0.json', strToU8(JSON.stringify({ ...v1, version: 0 })))).rejects.toThrow(/"version"/);
  });

  it('names file, record and field for a bad record, and leaves the store untouched', async () => {
    await seed();
    const before = await snapshot();
    const v1 = JSON.parse(backupV1Text()) as { judgments: Record<string, unknown>[] };
    v1.judgments[2]!.weight = 'heavy';
    const error = await importFile(db, 'bad.json', strToU8(JSON.stringify(v1))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(String((error as Error).message)).toMatch(/bad\.json, judgments\[2\] \("choice:comparison:chatgpt:3f2a9c1b"\): field "weight" must be a finite number/);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects hostile files: prototype keys, deep nesting, truncation, wrong types, oversize texts', async () => {
    const v1 = backupV1Text();
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['proto.json', v1.replace('"kind":"rating"', '"__proto__":{"polluted":true},"kind":"rating"'), /forbidden key/],
      ['ctor.json', v1.replace('{"format"', '{"constructor":1,"format"'), /forbidden key/],
      ['deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /nested more than/],
      ['cut.json', v1.slice(0, v1.length / 2), /truncated|not valid JSON/],
      ['types.json', JSON.stringify({ ...(JSON.parse(v1) as object), judgments: { 0: 1 } }), /"judgments" must be a list/],
      ['huge.json', v1.replace('"Use `sorted()`."', JSON.stringify('x'.repeat(200_001))), /too long/],
      ['page.json', '<!doctype html><html><script>alert(1)</script></html>', /HTML page/],
      ['binary.json', new Uint8Array([0xff, 0xfe, 0x00, 0x7b]), /not UTF-8|not valid JSON/],
    ];
    for (const [name, text, problem] of cases) {
      const bytes = typeof text === 'string' ? strToU8(text) : text;
      await expect(importFile(db, name, bytes), name).rejects.toThrow(problem);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await allJudgments(db)).toHaveLength(0);
  });

  it('can be cancelled while the file is being checked', async () => {
    const source = await openAttuneDB(uniqueDbName());
    await mergeRecords(source, { judgments: sampleJudgments(20_000, 9), responses: [] });
    const bytes = strToU8((await exportFromStore(source, 'backup')).parts.join(''));
    const controller = new AbortController();
    const phases: string[] = [];
    const run = importFile(db, 'big.json', bytes, { signal: controller.signal, onProgress: (p) => (phases.push(p.phase), controller.abort()) });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(phases.length).toBeGreaterThan(0);
    expect(await allJudgments(db)).toHaveLength(0);
  });

  it('can be cancelled while writing: nothing is applied', async () => {
    const js = sampleJudgments(3000, 3);
    const controller = new AbortController();
    const run = mergeRecords(db, { judgments: js, responses: [] }, { signal: controller.signal, onProgress: (p) => p.done >= 1000 && controller.abort() });
    await expect(run).rejects.toThrow(/Cancelled/);
    expect(await allJudgments(db)).toHaveLength(0);
  });
});

describe('TRL / KTO / OpenAI JSONL', () => {
  const judgments = (): Judgment[] => sampleJudgments(60, 11);

  it('imports thumbs and choices with deterministic ids: re-import adds nothing', async () => {
    const kto = strToU8(toKtoJsonl(judgments()));
    const trl = strToU8(toTrlJsonl(judgments()));
    const r1 = await importFile(db, 'thumbs.jsonl', kto);
    const r2 = await importFile(db, 'choices.jsonl', trl);
    const ratings = judgments().filter((j) => j.kind === 'rating');
    const prefs = judgments().filter((j) => j.kind === 'choice' && j.outcome === 'preference');
    expect(r1.judgments.added).toBe(ratings.length);
    expect(r2.judgments.added).toBe(prefs.length);
    const count = (await allJudgments(db)).length;
    const again = await importFile(db, 'thumbs.jsonl', kto);
    expect(again.judgments).toMatchObject({ added: 0, updated: 0 });
    expect((await allJudgments(db)).length).toBe(count);
    const stored = (await allJudgments(db)).find((j) => j.kind === 'rating');
    expect(stored).toMatchObject({ source: 'import', kind: 'rating' });
  });

  it('reads OpenAI preference lines and TRL conversational lines, without "at" idempotently', async () => {
    const openai = toOpenAiPreferenceJsonl(judgments());
    const n = openai.trim().split('\n').length;
    expect((await importFile(db, 'openai.jsonl', strToU8(openai))).judgments.added).toBe(n);
    const conv = `${JSON.stringify({ prompt: [{ role: 'user', content: 'Hi' }], chosen: [{ role: 'assistant', content: 'Hello!' }], rejected: [{ role: 'assistant', content: 'What.' }] })}\n`;
    expect((await importFile(db, 'conv.jsonl', strToU8(conv), { now: 1 })).judgments.added).toBe(1);
    expect((await importFile(db, 'conv.jsonl', strToU8(conv), { now: 2 })).judgments).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
  });

  it('names the line and field of a bad line and imports nothing from that file', async () => {
    const lines = toKtoJsonl(judgments()).split('\n');
    lines[4] = '{"prompt":"p","completion":"c","label":"yes"}';
    await expect(importFile(db, 't.jsonl', strToU8(lines.join('\n')))).rejects.toThrow(/t\.jsonl, line 5: field "label" must be true/);
    lines[4] = '{"prompt":"p","completion":"c",';
    await expect(importFile(db, 't.jsonl', strToU8(lines.join('\n')))).rejects.toThrow(/t\.jsonl, line 5/);
    lines[4] = '{"__proto__":{"x":1},"prompt":"p","completion":"c","label":true}';
    await expect(importFile(db, 't.jsonl', strToU8(lines.join('\n')))).rejects.toThrow(/line 5: field "__proto__" is a forbidden key/);
    expect(await allJudgments(db)).toHaveLength(0);
  });
});

describe('ChatGPT data export (.zip)', () => {
  it('imports past thumbs and comparisons with their texts joined from conversations.json', async () => {
    const report = await importFile(db, 'chatgpt-export.zip', chatgptExportZip());
    expect(report.kind).toBe('chatgpt-export');
    expect(report.judgments.added).toBe(6);
    expect(report.skipped).toEqual(['message_feedback.json[3]: the rated answer is not in conversations.json']);
    const all = await allJudgments(db);
    const get = (id: string) => all.find((j) => j.id === id);
    expect(get('rating:vendor:chatgpt:a1-assistant')).toMatchObject({
      kind: 'rating',
      label: 'up',
      prompt: 'How do I sort a list of dicts by a key in Python?',
      model: 'gpt-4o',
      conversationId: '6733a1f2-0c4e-8003-9f1a-5b2d7e3c9a10',
      updatedAt: Date.parse('2024-11-12T08:27:40.123Z'),
    });
    // Older layout (feedback keyed by the message id); hostile-looking text kept verbatim, as text.
    expect(get('rating:vendor:chatgpt:b-a1')).toMatchObject({ label: 'down', prompt: 'Show me an HTML snippet that pops an alert' });
    expect((get('rating:vendor:chatgpt:b-a1') as { completion: string }).completion).toContain("<script>alert('hi')</script>");
    const choices = all.filter((j) => j.kind === 'choice');
    expect(choices).toHaveLength(3);
    const better = choices.find((c) => c.kind === 'choice' && c.prompt.startsWith('Now explain') && c.outcome === 'preference');
    expect(better).toMatchObject({ source: 'comparison', chosen: expect.stringMatching(/^Timsort merges runs/), rejected: expect.stringMatching(/^Great question!/) });
    const sideBySide = choices.find((c) => c.kind === 'choice' && c.prompt === 'Write a haiku about autumn rain');
    expect(sideBySide).toMatchObject({ outcome: 'preference', chosen: expect.stringMatching(/^Rain on maple leaves/) });
    expect(choices.filter((c) => c.kind === 'choice' && c.outcome === 'tie')).toHaveLength(1);
    // The rated answers are observed responses too (the model's baseline), keyed as live capture keys them.
    expect((await allResponses(db)).map((r) => r.key).sort()).toEqual(['chatgpt:a1-assistant', 'chatgpt:b-a1', 'chatgpt:b-a2']);
    // Idempotent.
    expect((await importFile(db, 'chatgpt-export.zip', chatgptExportZip())).judgments).toMatchObject({ added: 0, updated: 0 });
  });

  it('reads newer exports whose conversations are split into shards (conversations-000.json, …)', async () => {
    const all = JSON.parse(chatgptExportFiles()['conversations.json']!) as unknown[];
    const zip = chatgptExportZip({ 'conversations.json': null, 'conversations-000.json': JSON.stringify(all.slice(0, 1)), 'conversations-001.json': JSON.stringify(all.slice(1)) });
    expect((await importFile(db, 'export.zip', zip)).judgments.added).toBe(6);
  });

  it('uses the ids live capture gives, so a thumb Attune already saw is merged, not duplicated', async () => {
    await setRating(db, response({ key: 'chatgpt:a1-assistant', messageId: 'a1-assistant' }), 'vendor', 'up', Date.parse('2025-01-01'));
    const report = await importFile(db, 'export.zip', chatgptExportZip());
    expect(report.judgments).toMatchObject({ added: 5, unchanged: 1 });
  });

  it('explains what is wrong with a zip that is not a usable export', async () => {
    await expect(importFile(db, 'x.zip', chatgptExportZip({ 'message_feedback.json': null, 'model_comparisons.json': null }))).rejects.toThrow(/not a ChatGPT data export/);
    await expect(importFile(db, 'x.zip', chatgptExportZip({ 'conversations.json': null }))).rejects.toThrow(/no conversations\.json/);
    await expect(importFile(db, 'x.zip', chatgptExportZip({ 'message_feedback.json': '{"not":"a list"}' }))).rejects.toThrow(/message_feedback\.json: must be a JSON list/);
    const fb = JSON.parse(chatgptExportFiles()['message_feedback.json']!) as Record<string, unknown>[];
    fb[1]!.conversation_id = 42;
    await expect(importFile(db, 'x.zip', chatgptExportZip({ 'message_feedback.json': JSON.stringify(fb) }))).rejects.toThrow(/message_feedback\.json, entry 1: field "conversation_id"/);
    const zip = chatgptExportZip();
    await expect(importFile(db, 'x.zip', zip.slice(0, zip.length - 200))).rejects.toThrow(ImportError);
    expect(await allJudgments(db)).toHaveLength(0);
  });
});

describe('derived state', () => {
  it('an import that changes judgments drops the stored profile (so it is refitted); one that changes nothing keeps it', async () => {
    await db.put('meta', { format: 'attune-profile' }, 'profile');
    const file = strToU8(backupV1Text());
    await importFile(db, 'b.json', file);
    expect(await db.get('meta', 'profile')).toBeUndefined();
    await db.put('meta', { format: 'attune-profile' }, 'profile');
    await importFile(db, 'b.json', file);
    expect(await db.get('meta', 'profile')).toEqual({ format: 'attune-profile' });
  });
});

describe('steering settings in backups', () => {
  const settings = { steering: { customLines: ['Use British spelling.'], mutedAxes: ['emoji'], pinnedAxes: ['length'], edits: {}, autoInsert: { chatgpt: true } } };

  it('are backed up, restored into a browser without settings, and never overwrite settings already here', async () => {
    await seed();
    await db.put('meta', settings, 'settings');
    const file = await backupBytes();
    expect((JSON.parse(new TextDecoder().decode(file)) as { settings: unknown }).settings).toEqual(settings);
    await deleteAll(db);
    const report = await importFile(db, 'b.json', file);
    expect(report.settingsRestored).toBe(true);
    expect(await db.get('meta', 'settings')).toEqual(settings);
    const mine = { steering: { ...settings.steering, customLines: ['Mine.'] } };
    await db.put('meta', mine, 'settings');
    expect((await importFile(db, 'b.json', file)).settingsRestored).toBe(false);
    expect(await db.get('meta', 'settings')).toEqual(mine);
  });

  it('are validated like everything else', async () => {
    const v1 = JSON.parse(backupV1Text()) as Record<string, unknown>;
    await expect(readImportFile('s.json', strToU8(JSON.stringify({ ...v1, settings: { steering: { ...settings.steering, customLines: [42] } } })))).rejects.toThrow(
      /s\.json: field "settings\.steering\.customLines\[0\]" must be a string/,
    );
  });
});
