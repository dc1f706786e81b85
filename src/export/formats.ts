// Export formats. Each is a pure function of stored records, so the options page, the CLI and tests share them.
import type { ChoiceJudgment, Judgment, ObservedResponse, RatingJudgment } from '../shared/records';
import { SCHEMA_VERSION } from '../store/migrations';

export const BACKUP_FORMAT = 'attune-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  exportedAt: string;
  judgments: Judgment[];
  responses: ObservedResponse[];
}

const isRating = (j: Judgment): j is RatingJudgment => j.kind === 'rating';
const isPreference = (j: Judgment): j is ChoiceJudgment => j.kind === 'choice' && j.outcome === 'preference';

const jsonl = (rows: readonly unknown[]): string => rows.map((r) => `${JSON.stringify(r)}\n`).join('');

/** Thumbs as TRL KTO lines: {"prompt","completion","label"} (label true = thumbs up), plus weight and time. */
export function toKtoJsonl(judgments: readonly Judgment[]): string {
  return jsonl(
    judgments.filter(isRating).map((j) => ({
      prompt: j.prompt,
      completion: j.completion,
      label: j.label === 'up',
      weight: j.weight,
      at: new Date(j.updatedAt).toISOString(),
      source: j.source,
      site: j.site,
    })),
  );
}

/** Side-by-side choices as TRL preference lines: {"prompt","chosen","rejected"}. Ties carry no preference and are left out. */
export function toTrlJsonl(judgments: readonly Judgment[]): string {
  return jsonl(
    judgments.filter(isPreference).map((j) => ({
      prompt: j.prompt,
      chosen: j.chosen,
      rejected: j.rejected,
      weight: j.weight,
      at: new Date(j.updatedAt).toISOString(),
      source: j.source,
      site: j.site,
    })),
  );
}

/** Everything needed to restore exactly. */
export function toBackup(judgments: readonly Judgment[], responses: readonly ObservedResponse[], now = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    judgments: [...judgments],
    responses: [...responses],
  };
}
