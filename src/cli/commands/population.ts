// attune population [--min-judgments N] [--directions N|auto|full] PERSON1.jsonl PERSON2.jsonl … > population.json
// For researchers: fits a population prior (mean and between-person covariance of taste vectors) from several
// people's exports, one file per person. It is a starting point for `attune fit --population`, never a profile.
// --directions: how many shared taste directions the covariance has (default auto: cross-validated over people;
// full: an unstructured covariance).
import { DIM, fitPopulation, type ModelJudgment } from '../../model/index';
import { CliError } from '../errors';
import type { CliIO } from '../main';
import { readJudgments, takeValue } from './fit';
import type { CliCommand } from './index';

export const population: CliCommand = {
  usage: '[--min-judgments N] [--directions N|auto|full] PERSON.jsonl PERSON.jsonl … > population.json',
  summary:
    'Fits a population prior (where people sit and the directions in which they differ) from several people\'s TRL/KTO exports, one file per person, by empirical Bayes. Use it with `attune fit --population`.',
  async run(args: string[], io: CliIO): Promise<number> {
    let minJudgments = 5;
    let directions: number | 'auto' | 'full' = 'auto';
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--min-judgments') {
        const v = takeValue(args, i++, a);
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new CliError(`--min-judgments must be a positive whole number, got "${v}"`, 2);
        minJudgments = n;
      } else if (a === '--directions') {
        const v = takeValue(args, i++, a);
        const n = Number(v);
        if (v === 'auto' || v === 'full') directions = v;
        else if (v.trim() !== '' && Number.isInteger(n) && n >= 0 && n < DIM) directions = n;
        else throw new CliError(`--directions must be a whole number from 0 to ${DIM - 1}, "auto" or "full", got "${v}"`, 2);
      } else if (a.startsWith('--')) throw new CliError(`unknown option "${a}"; usage: attune population ${population.usage}`, 2);
      else files.push(a);
    }
    if (files.length < 2) throw new CliError(`give at least two files, one per person; usage: attune population ${population.usage}`, 2);
    const people: ModelJudgment[][] = [];
    for (const file of files) {
      let text: string;
      try {
        text = await io.readFile(file);
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw new CliError(`${file}: cannot read the file${code ? ` (${code})` : ''}`);
      }
      try {
        people.push(readJudgments(text).map((l) => l.judgment));
      } catch (error) {
        if (error instanceof CliError) throw new CliError(`${file}: ${error.message}`);
        throw error;
      }
    }
    const enough = people.filter((p) => p.length >= minJudgments).length;
    if (enough < 2) throw new CliError(`need at least two people with ${minJudgments} or more judgments each; got ${enough} (see --min-judgments)`);
    io.stdout(`${JSON.stringify(fitPopulation(people, { minJudgments, rank: directions }), null, 2)}\n`);
    return 0;
  },
};
