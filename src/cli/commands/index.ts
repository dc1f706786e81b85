import type { CliIO } from '../main';

export interface CliCommand {
  usage: string;
  summary: string;
  run(args: string[], io: CliIO): Promise<number>;
}

// Subcommands register here (fit, score, explain: the model; check: steering bounds; export: data formats).
export const commands: Record<string, CliCommand> = {};
import { check } from './check'; commands.check = check; // steering bounds (issue 5)
import { fit } from './fit'; commands.fit = fit; // preference model (issue 4)
import { score } from './score'; commands.score = score; // preference model (issue 4)
import { explain } from './explain'; commands.explain = explain; // preference model (issue 4)
import { population } from './population'; commands.population = population; // population prior for researchers (issue 4)
import { exportCommand } from './export'; commands.export = exportCommand; // exports from a backup (issue 6)
