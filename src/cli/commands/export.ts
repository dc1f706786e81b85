// attune export --format trl|kto|openai|csv|profile [--site SITE]… [--context CONTEXT]… [--since DAY] [--until DAY]
//   < attune-backup.json > file
// The options page's exports, from a full backup on standard input: the same pure functions (src/export), the same
// filters, the same checks of the backup as an import (src/import/backup.ts).
import { toRecordFile, type ExportFilter, type RecordFormat } from '../../export/formats';
import { fitProfile, profileExportOf, steeringOptions } from '../../export/profile-source';
import { parseBackup } from '../../import/backup';
import { ImportError } from '../../import/errors';
import { CONTEXTS } from '../../model/context';
import type { ContextName } from '../../model/profile-types';
import { DEFAULT_SETTINGS } from '../../store/settings';
import { CliError } from '../errors';
import type { CliIO } from '../main';
import { takeValue } from './fit';
import type { CliCommand } from './index';

const FORMATS = ['trl', 'kto', 'openai', 'csv', 'profile'] as const;
type CliFormat = (typeof FORMATS)[number];

const USAGE = '--format trl|kto|openai|csv|profile [--site SITE]… [--context CONTEXT]… [--since YYYY-MM-DD] [--until YYYY-MM-DD] < attune-backup.json > out';

/** A day as the options page reads its date fields: local time, inclusive (start or end of that day). */
export function dayBound(value: string, flag: string, end: boolean): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ms = m ? Date.parse(`${value}T${end ? '23:59:59.999' : '00:00:00'}`) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).getDate() !== Number(m[3])) throw new CliError(`${flag} must be a day like 2026-01-31, got "${value}"`, 2);
  return ms;
}

function parseArgs(args: string[]): { format: CliFormat; filter: ExportFilter } {
  let format: CliFormat | null = null;
  const sites: string[] = [];
  const contexts: ContextName[] = [];
  let from: number | null = null;
  let to: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--format') {
      const v = takeValue(args, i++, a);
      if (!(FORMATS as readonly string[]).includes(v)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}, got "${v}"`, 2);
      format = v as CliFormat;
    } else if (a === '--site') sites.push(...takeValue(args, i++, a).split(',').filter(Boolean));
    else if (a === '--context') {
      for (const c of takeValue(args, i++, a).split(',').filter(Boolean)) {
        if (!(CONTEXTS as readonly string[]).includes(c)) throw new CliError(`--context must be one of ${CONTEXTS.join(', ')}, got "${c}"`, 2);
        contexts.push(c as ContextName);
      }
    } else if (a === '--since') from = dayBound(takeValue(args, i++, a), a, false);
    else if (a === '--until') to = dayBound(takeValue(args, i++, a), a, true);
    else throw new CliError(`unknown option "${a}"; usage: attune export ${USAGE}`, 2);
  }
  if (!format) throw new CliError(`--format is required; usage: attune export ${USAGE}`, 2);
  if (from !== null && to !== null && from > to) throw new CliError('--since is after --until', 2);
  if (format === 'profile' && (sites.length || contexts.length || from !== null || to !== null)) {
    throw new CliError('--format profile takes no filters (the profile is learned from every judgment)', 2);
  }
  return { format, filter: { sites, contexts, from, to } };
}

export const exportCommand: CliCommand = {
  usage: USAGE,
  summary:
    'Reads an Attune full backup (options page → Export → Full backup) and writes TRL preference / TRL KTO / OpenAI preference JSONL, CSV or the profile JSON, filtered like the options page (sites, kinds of request, inclusive local days).',
  async run(args: string[], io: CliIO): Promise<number> {
    const { format, filter } = parseArgs(args);
    const text = await io.stdin();
    if (text.trim() === '') throw new CliError('no backup on standard input (expected the JSON of an Attune full backup)');
    let backup;
    try {
      backup = await parseBackup(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'standard input');
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(error.message);
      throw error;
    }
    // Oldest change first (ties by id), as the options page writes them.
    const judgments = [...backup.judgments].sort((a, b) => a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (format === 'profile') {
      const profile = fitProfile(judgments, backup.responses);
      const doc = profileExportOf(profile, steeringOptions(backup.settings ?? DEFAULT_SETTINGS));
      io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
      return 0;
    }
    io.stdout(toRecordFile(format as RecordFormat, judgments, filter));
    return 0;
  },
};
