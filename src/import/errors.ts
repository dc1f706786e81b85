// One error type for every import problem: it names the file, where in it (line or record) and what is wrong,
// so the options page can say exactly why nothing was imported.
import { ValidationError } from '../shared/schema';

export class ImportError extends Error {
  constructor(
    readonly file: string,
    /** "line 12", "judgments[3]", "message_feedback.json[7]"; empty when the whole file is the problem. */
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${file}${where ? `, ${where}` : ''}: ${problem}`);
    this.name = 'ImportError';
  }
}

/** Re-throws a validator error as an ImportError located in `file` at `where` (the validator adds the field path). */
export function locate(file: string, where: string, error: unknown): never {
  if (error instanceof ImportError) throw error;
  if (error instanceof ValidationError) throw new ImportError(file, where, `${error.path ? `field "${error.path}" ` : ''}${error.problem}`);
  throw error;
}
