// attune score --profile profile.json < pairs.jsonl: one {"p": …} line per input line.
import { DIM, classifyContext, extractFeatures, predictPair, predictThumb, type ContextName } from '../../model/index';
import { profileBaseline } from '../../model/profile-utils';
import { CliError } from '../errors';
import type { CliIO } from '../main';
import { readJudgments, readProfile } from './fit';
import type { CliCommand } from './index';

export const score: CliCommand = {
  usage: '--profile PROFILE.json < judgments.jsonl',
  summary: 'Prints {"p": …} per line: P(chosen beats rejected) for TRL lines, P(thumbs-up) for KTO lines.',
  async run(args: string[], io: CliIO): Promise<number> {
    let path: string | null = null;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--profile') {
        path = args[++i] ?? null;
        if (!path || path.startsWith('--')) throw new CliError('--profile needs a value', 2);
      } else throw new CliError(`unknown option "${a}"; usage: attune score ${score.usage}`, 2);
    }
    if (!path) throw new CliError(`--profile is required; usage: attune score ${score.usage}`, 2);
    const profile = await readProfile(io, path, '--profile');
    const lines = readJudgments(await io.stdin());
    // KTO lines are compared with the user's baseline; a profile without one falls back to the mean of this
    // file's completions per context (as `fit` does).
    const fallback = new Map<ContextName, { sum: Float64Array; n: number }>();
    const needFallback = lines.some((l) => l.judgment.kind === 'thumb' && !profileBaseline(profile, classifyContext(l.judgment.prompt)));
    if (needFallback) {
      for (const { judgment: j } of lines) {
        if (j.kind !== 'thumb') continue;
        const c = classifyContext(j.prompt);
        const e = fallback.get(c) ?? { sum: new Float64Array(DIM), n: 0 };
        const f = extractFeatures(j.completion);
        for (let k = 0; k < DIM; k++) e.sum[k] = e.sum[k]! + f[k]!;
        e.n++;
        fallback.set(c, e);
      }
    }
    const out: string[] = [];
    for (const { judgment: j } of lines) {
      let p: number;
      if (j.kind === 'pair') p = predictPair(profile, j.prompt, j.chosen, j.rejected);
      else {
        const c = classifyContext(j.prompt);
        const e = fallback.get(c);
        const base = profileBaseline(profile, c) ?? (e ? e.sum.map((x) => x / e.n) : null);
        p = predictThumb(profile, j.prompt, j.completion, base);
      }
      out.push(JSON.stringify({ p: Math.round(p * 1e6) / 1e6 }));
    }
    io.stdout(out.length ? `${out.join('\n')}\n` : '');
    return 0;
  },
};
