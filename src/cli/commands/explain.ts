// attune explain --profile profile.json [--context NAME]: the learned axes as a readable table.
import { AXES, CONTEXTS, explainProfile, type ContextName, type Profile, type TopAxis } from '../../model/index';
import { CliError } from '../errors';
import type { CliIO } from '../main';
import { readProfile } from './fit';
import type { CliCommand } from './index';

function table(rows: TopAxis[]): string {
  const head = ['axis', 'prefers', 'strength', 'confidence', 'evidence', 'meaning'];
  const body = rows.map((r) => {
    const info = AXES.find((a) => a.name === r.axis)!;
    return [
      r.axis,
      r.direction === 'more' ? `more (${info.more})` : `less (${info.less})`,
      r.strength.toFixed(2),
      `${Math.round(r.confidence * 100)}%`,
      r.evidence.toFixed(1),
      r.description,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...body.map(fmt)].join('\n');
}

export function explainText(profile: Profile, context: ContextName | null): string {
  const parts: string[] = [];
  const when = Number.isFinite(profile.updatedAt) ? new Date(profile.updatedAt).toISOString() : 'unknown';
  parts.push(
    `Attune profile: ${profile.judgments} judgments, updated ${when}, half-life ${profile.halfLifeDays === null ? 'none' : `${profile.halfLifeDays} days`}.`,
    'strength = |weight| in logits per standard deviation of the axis; confidence = posterior probability that the direction is right.',
    '',
  );
  if (context) {
    parts.push(`Context "${context}" (global + context deviation):`, table(explainProfile(profile, context)));
    return `${parts.join('\n')}\n`;
  }
  parts.push('Overall:', table(explainProfile(profile, null)));
  for (const c of CONTEXTS) {
    if (!profile.contexts?.[c] && !profile.effective?.[c]) continue;
    const rows = explainProfile(profile, c).filter((r) => r.confidence >= 0.8).slice(0, 3);
    if (rows.length === 0) continue;
    parts.push('', `In "${c}" answers, most sure: ${rows.map((r) => `${r.phrase} (${Math.round(r.confidence * 100)}%)`).join('; ')}`);
  }
  return `${parts.join('\n')}\n`;
}

export const explain: CliCommand = {
  usage: '--profile PROFILE.json [--context coding|writing|learning|advice|factual|casual]',
  summary: 'Prints the learned style axes: direction, strength and confidence.',
  async run(args: string[], io: CliIO): Promise<number> {
    let path: string | null = null;
    let context: ContextName | null = null;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--profile') {
        path = args[++i] ?? null;
        if (!path || path.startsWith('--')) throw new CliError('--profile needs a value', 2);
      } else if (a === '--context') {
        const c = args[++i] ?? '';
        if (!(CONTEXTS as readonly string[]).includes(c)) throw new CliError(`--context must be one of ${CONTEXTS.join(', ')}`, 2);
        context = c as ContextName;
      } else throw new CliError(`unknown option "${a}"; usage: attune explain ${explain.usage}`, 2);
    }
    if (!path) throw new CliError(`--profile is required; usage: attune explain ${explain.usage}`, 2);
    io.stdout(explainText(await readProfile(io, path, '--profile'), context));
    return 0;
  },
};
