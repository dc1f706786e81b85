// Attune backups: parsed, upgraded from older backup versions step by step, and every record validated by the
// same strict schemas that guard messages from content scripts — all before anything touches the store.
import { BACKUP_FORMAT, BACKUP_VERSION } from '../export/formats';
import { choiceJudgmentSchema, observedResponseSchema, ratingJudgmentSchema } from '../shared/record-schema';
import { isPlainObject } from '../shared/schema';
import type { Judgment, ObservedResponse } from '../shared/records';
import { RECORD_SCHEMA_VERSION } from '../store/schema';
import { settingsSchema, type Settings } from '../store/settings';
import { createTicker, type TaskOptions } from '../export/task';
import { ImportError, locate } from './errors';
import { checkDepthAsync, LIMITS, parseJson } from './safe-json';

/** A backup as read from a file, before validation. */
type RawBackup = Record<string, unknown>;

/**
 * Upgrade steps between backup layouts: BACKUP_UPGRADES[n - 1] turns a version-n backup into version n + 1.
 * Append-only, like the store's migrations: when BACKUP_VERSION becomes 2, add the 1 → 2 step here, freeze a v2
 * fixture in fixtures/, and backup.test.ts checks that every earlier version still imports.
 */
export const BACKUP_UPGRADES: readonly ((backup: RawBackup) => RawBackup)[] = [];

/** Applies the upgrade steps from `version` to the newest (`upgrades.length + 1`); each step also sets `version`. */
export function upgradeBackup(backup: RawBackup, version: number, upgrades: readonly ((b: RawBackup) => RawBackup)[]): RawBackup {
  let out = backup;
  for (let v = version; v <= upgrades.length; v++) out = { ...upgrades[v - 1]!(out), version: v + 1 };
  return out;
}

export interface ParsedRecords {
  judgments: Judgment[];
  responses: ObservedResponse[];
  settings?: Settings;
}

/** Reads, upgrades and validates an Attune backup. Throws ImportError naming the file, record and field. */
export async function parseBackup(text: string, file: string, options: TaskOptions = {}): Promise<ParsedRecords> {
  const tick = createTicker(options);
  await checkDepthAsync(text, LIMITS.maxDepth, file, tick);
  const value = parseJson(text, file, { depthChecked: true });
  if (!isPlainObject(value)) throw new ImportError(file, '', 'is not an Attune backup (expected a JSON object)');
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new ImportError(file, '', `field "${key}" is a forbidden key`);
  }
  if (value.format !== BACKUP_FORMAT) {
    throw new ImportError(file, '', `is not an Attune backup (field "format" is ${JSON.stringify(value.format) ?? 'missing'}, expected "${BACKUP_FORMAT}")`);
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError(file, '', `field "version" must be a whole number ≥ 1, got ${JSON.stringify(version) ?? 'nothing'}`);
  }
  if (version > BACKUP_VERSION) {
    throw new ImportError(file, '', `was written by a newer Attune (backup version ${version}; this version reads up to ${BACKUP_VERSION}). Update Attune, then import it.`);
  }
  if (typeof value.schemaVersion !== 'number' || !Number.isInteger(value.schemaVersion) || value.schemaVersion < 1) {
    throw new ImportError(file, '', 'field "schemaVersion" must be a whole number ≥ 1');
  }
  if (value.schemaVersion > RECORD_SCHEMA_VERSION) {
    throw new ImportError(file, '', `holds records of a newer store schema (${value.schemaVersion} > ${RECORD_SCHEMA_VERSION}). Update Attune, then import it.`);
  }
  const backup = upgradeBackup(value, version, BACKUP_UPGRADES);

  const allowed = new Set(['format', 'version', 'schemaVersion', 'exportedAt', 'settings', 'judgments', 'responses']);
  for (const key of Object.keys(backup)) if (!allowed.has(key)) throw new ImportError(file, '', `field "${key}" is not part of an Attune backup`);
  if (typeof backup.exportedAt !== 'string' || backup.exportedAt.length > 64) throw new ImportError(file, '', 'field "exportedAt" must be a date string');
  let settings: Settings | undefined;
  if (backup.settings !== undefined) {
    try {
      settings = settingsSchema(backup.settings, 'settings');
    } catch (error) {
      locate(file, '', error);
    }
  }
  const judgments = listField(backup, 'judgments', file);
  const responses = listField(backup, 'responses', file);

  const total = judgments.length + responses.length;
  const outJudgments = new Map<string, Judgment>();
  for (let i = 0; i < judgments.length; i++) {
    if ((i & 255) === 0) await tick(i, total, 'Checking records');
    const raw = judgments[i];
    const kind = isPlainObject(raw) ? raw.kind : undefined;
    let j: Judgment;
    try {
      if (kind === 'rating') j = ratingJudgmentSchema(raw, '');
      else if (kind === 'choice') j = choiceJudgmentSchema(raw, '');
      else if (!isPlainObject(raw)) throw new ImportError(file, `judgments[${i}]`, 'must be an object');
      else throw new ImportError(file, `judgments[${i}]`, 'field "kind" must be "rating" or "choice"');
    } catch (error) {
      locate(file, `judgments[${i}]${idHint(raw)}`, error);
    }
    const seen = outJudgments.get(j.id);
    if (!seen || j.updatedAt > seen.updatedAt) outJudgments.set(j.id, j);
  }
  const outResponses = new Map<string, ObservedResponse>();
  for (let i = 0; i < responses.length; i++) {
    if ((i & 255) === 0) await tick(judgments.length + i, total, 'Checking records');
    let r: ObservedResponse;
    try {
      r = observedResponseSchema(responses[i], '');
    } catch (error) {
      locate(file, `responses[${i}]${idHint(responses[i])}`, error);
    }
    if (!outResponses.has(r.key)) outResponses.set(r.key, r);
  }
  return { judgments: [...outJudgments.values()], responses: [...outResponses.values()], ...(settings ? { settings } : {}) };
}

function listField(backup: RawBackup, key: 'judgments' | 'responses', file: string): unknown[] {
  const list = backup[key];
  if (!Array.isArray(list)) throw new ImportError(file, '', `field "${key}" must be a list`);
  if (list.length > LIMITS.maxRecords) throw new ImportError(file, '', `field "${key}" has too many records (${list.length} > ${LIMITS.maxRecords})`);
  return list;
}

function idHint(raw: unknown): string {
  if (!isPlainObject(raw)) return '';
  const id = typeof raw.id === 'string' ? raw.id : typeof raw.key === 'string' ? raw.key : null;
  return id ? ` (${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)})` : '';
}
