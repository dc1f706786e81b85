// Shared JSONL reader for CLI commands: one JSON value per non-blank line, errors name the line.
import { CliError } from './errors';

export interface JsonlLine {
  /** 1-based line number in the input. */
  line: number;
  value: unknown;
}

/**
 * Parses JSON Lines. Blank lines are skipped; a line that is not valid JSON throws a CliError such as
 * `line 3: not valid JSON (Unexpected token } in JSON at position 12)`. A byte-order mark and CRLF endings are fine.
 */
export function parseJsonl(text: string): JsonlLine[] {
  const out: JsonlLine[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let pos = 0;
  let line = 0;
  while (pos <= src.length) {
    let end = src.indexOf('\n', pos);
    if (end < 0) end = src.length;
    line++;
    const raw = src.slice(pos, end).trim();
    pos = end + 1;
    if (!raw) continue;
    try {
      out.push({ line, value: JSON.parse(raw) as unknown });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new CliError(`line ${line}: not valid JSON (${why})`);
    }
  }
  return out;
}

/** Throws a CliError that names the line: `line 3: "chosen" must be a string`. */
export function lineError(line: number, problem: string): never {
  throw new CliError(`line ${line}: ${problem}`);
}
