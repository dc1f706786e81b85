// attune fit [--prior PROFILE.json | --population POPULATION.json | --no-prior] [--half-life DAYS|none] < judgments.jsonl > profile.json
import { refit, profileProblem, populationProblem, type ModelJudgment, type PopulationPrior, type Profile } from '../../model/index';
import { judgmentFromLine } from '../../model/lines';
import { CliError } from '../errors';
import { lineError, parseJsonl } from '../jsonl';
import type { CliIO } from '../main';
import type { CliCommand } from './index';

export const DEFAULT_HALF_LIFE_DAYS = 180;

/** Reads and validates a profile file (for --prior / --profile). */
export async function readProfile(io: CliIO, path: string, flag: string): Promise<Profile> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(`${flag} ${path}: cannot read the file${code ? ` (${code})` : ''}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(`${flag} ${path}: not valid JSON`);
  }
  const problem = profileProblem(value);
  if (problem) throw new CliError(`${flag} ${path}: not an Attune profile: ${problem}`);
  return value as Profile;
}

/** Reads and validates a population prior file (for --population). */
export async function readPopulation(io: CliIO, path: string): Promise<PopulationPrior> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(`--population ${path}: cannot read the file${code ? ` (${code})` : ''}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(`--population ${path}: not valid JSON`);
  }
  const problem = populationProblem(value);
  if (problem) throw new CliError(`--population ${path}: not an Attune population prior: ${problem}`);
  return value as PopulationPrior;
}

/** Parses the judgment lines on stdin; errors name the line. */
export function readJudgments(text: string): { line: number; judgment: ModelJudgment }[] {
  return parseJsonl(text).map(({ line, value }) => {
    const r = judgmentFromLine(value);
    if (!r.ok) lineError(line, r.problem);
    return { line, judgment: r.judgment };
  });
}

export function takeValue(args: string[], i: number, flag: string): string {
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new CliError(`${flag} needs a value`, 2);
  return v;
}

export const fit: CliCommand = {
  usage: '[--prior PROFILE.json | --population POPULATION.json | --no-prior] [--half-life DAYS|none] < judgments.jsonl > profile.json',
  summary: `Fits a preference profile from TRL {"prompt","chosen","rejected"} and KTO {"prompt","completion","label"} lines (optional "weight", "at"). Half-life default ${DEFAULT_HALF_LIFE_DAYS} days. A --population prior (from \`attune population\`) starts from where people differ.`,
  async run(args: string[], io: CliIO): Promise<number> {
    let priorPath: string | null = null;
    let populationPath: string | null = null;
    let noPrior = false;
    let halfLife: number | null = DEFAULT_HALF_LIFE_DAYS;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--prior') priorPath = takeValue(args, i++, a);
      else if (a === '--population') populationPath = takeValue(args, i++, a);
      else if (a === '--no-prior') noPrior = true;
      else if (a === '--half-life') {
        const v = takeValue(args, i++, a);
        if (v === 'none' || v === 'off') halfLife = null;
        else {
          const n = Number(v);
          if (!Number.isFinite(n) || n <= 0) throw new CliError(`--half-life must be a positive number of days or "none", got "${v}"`, 2);
          halfLife = n;
        }
      } else throw new CliError(`unknown option "${a}"; usage: attune fit ${fit.usage}`, 2);
    }
    if ([noPrior, priorPath !== null, populationPath !== null].filter(Boolean).length > 1)
      throw new CliError('use one of --prior, --population or --no-prior', 2);
    const prior = priorPath ? await readProfile(io, priorPath, '--prior') : null;
    const population = populationPath ? await readPopulation(io, populationPath) : null;
    const lines = readJudgments(await io.stdin());
    if (lines.length === 0) throw new CliError('no judgments on standard input (expected JSON lines)');
    const profile = refit(
      lines.map((l) => l.judgment),
      [],
      { prior, population, halfLifeDays: halfLife },
    );
    io.stdout(`${JSON.stringify(profile, null, 2)}\n`);
    return 0;
  },
};
