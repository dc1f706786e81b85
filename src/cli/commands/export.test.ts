import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { memoryIO } from '../test-io';
import { sampleJudgments, sampleResponses } from '../../export/sample';
import { toBackup, toRecordFile, type RecordFormat } from '../../export/formats';
import { backupV1Text } from '../../import/fixtures';
import { importFile } from '../../import/index';
import { profileExportFromStore } from '../../export/profile-source';
import { openAttuneDB } from '../../store/db';
import { uniqueDbName } from '../../store/test-helpers';
import { strToU8 } from 'fflate';

const io = (argv: string[], stdin = '') => memoryIO(argv, stdin);

const judgments = sampleJudgments(120, 21);
const backup = JSON.stringify(toBackup(judgments, sampleResponses(judgments), new Date(0)));
const byTime = [...judgments].sort((a, b) => a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : 1));

describe('attune export', () => {
  it.each(['trl', 'kto', 'openai', 'csv'] as RecordFormat[])('writes %s exactly as the options page does, oldest first', async (format) => {
    const t = io(['export', '--format', format], backup);
    expect(await runCli(t.io)).toBe(0);
    expect(t.out()).toBe(toRecordFile(format, byTime));
    expect(t.out().length).toBeGreaterThan(0);
    expect(t.err()).toBe('');
  });

  it('filters by site, kind of request and inclusive local days, like the options page', async () => {
    const sites = io(['export', '--format', 'csv', '--site', 'claude'], backup);
    expect(await runCli(sites.io)).toBe(0);
    expect(sites.out()).toBe(toRecordFile('csv', byTime, { sites: ['claude'] }));
    const day = new Date(byTime[60]!.updatedAt);
    const ymd = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const from = new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
    const filter = { sites: ['chatgpt', 'claude'], contexts: ['coding' as const], from, to: null };
    const t = io(['export', '--format', 'kto', '--site', 'chatgpt,claude', '--context', 'coding', '--since', ymd], backup);
    expect(await runCli(t.io)).toBe(0);
    expect(t.out()).toBe(toRecordFile('kto', byTime, filter));
    const until = io(['export', '--format', 'trl', '--until', ymd], backup);
    expect(await runCli(until.io)).toBe(0);
    expect(until.out()).toBe(toRecordFile('trl', byTime, { to: new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 999).getTime() }));
  });

  it('writes the profile JSON the options page writes after importing the same backup (steering settings included)', async () => {
    const settings = { steering: { customLines: ['Use British spelling.'], mutedAxes: ['emoji'], pinnedAxes: [], edits: {}, autoInsert: {} } };
    const text = JSON.stringify(toBackup(judgments, sampleResponses(judgments), new Date(0), settings));
    const t = io(['export', '--format', 'profile'], text);
    expect(await runCli(t.io)).toBe(0);
    const doc = JSON.parse(t.out()) as { format: string; version: number; judgments: number; exportedAt: string; steering: { text: string } };
    expect(doc).toMatchObject({ format: 'attune-profile-export', version: 1 });
    expect(doc.judgments).toBeGreaterThan(50);
    expect(doc.steering.text).toMatch(/British spelling[\s\S]*keep accuracy, honesty and safety unchanged/);
    const db = await openAttuneDB(uniqueDbName());
    await importFile(db, 'b.json', strToU8(text));
    const fromPage = await profileExportFromStore(db, undefined, new Date(doc.exportedAt));
    // Identical but for the moment of the fit.
    expect({ ...doc, updatedAt: 'fit time' }).toEqual({ ...(JSON.parse(JSON.stringify(fromPage)) as object), updatedAt: 'fit time' });
  });

  it.each([
    [[], backup, '--format is required'],
    [['--format', 'xml'], backup, '--format must be one of trl, kto, openai, csv, profile, got "xml"'],
    [['--format'], backup, '--format needs a value'],
    [['--format', 'csv', '--context', 'gardening'], backup, '--context must be one of coding'],
    [['--format', 'csv', '--since', '31/01/2026'], backup, '--since must be a day like 2026-01-31'],
    [['--format', 'csv', '--until', '2026-02-30'], backup, '--until must be a day like 2026-01-31'],
    [['--format', 'csv', '--since', '2026-02-02', '--until', '2026-02-01'], backup, '--since is after --until'],
    [['--format', 'profile', '--site', 'claude'], backup, '--format profile takes no filters'],
    [['--format', 'csv', '--verbose'], backup, 'unknown option "--verbose"'],
    [['--format', 'csv'], '', 'no backup on standard input'],
    [['--format', 'csv'], '{"prompt":"p","chosen":"a","rejected":"b"}\n{"prompt":"p","chosen":"a","rejected":"b"}', 'standard input, line 2, column 1: not valid JSON'],
    [['--format', 'csv'], '{"format":"attune-profile-export"}', 'standard input: is not an Attune backup'],
    [['--format', 'csv'], backupV1Text().replace('"weight":0.7', '"weight":"heavy"'), 'standard input, judgments[0]'],
    [['--format', 'csv'], backupV1Text().slice(0, 300), 'standard input, line'],
  ])('%j: a clear message, no stack trace, nothing on stdout', async (args, stdin, message) => {
    const t = io(['export', ...(args as string[])], stdin as string);
    const code = await runCli(t.io);
    expect(code).not.toBe(0);
    expect(t.err()).toContain(`attune export: ${message as string}`);
    expect(t.err()).not.toMatch(/\n\s+at |internal error/);
    expect(t.out()).toBe('');
  });
});
