// `attune check < lines.jsonl`: runs Attune's hard bounds on style instructions, one JSON object per line.
// Input lines: {"text": "..."}; output, one line per input line: {"verdict", "rules", "text"?, "reason"?}.
import type { CliIO } from '../main';
import { CliError } from '../errors';
import { checkInstruction } from '../../steering/bounds/index';
import type { CliCommand } from './index';

interface InputLine {
  line: number;
  text: string;
}

/** Parses JSONL input; a malformed line is a user error that names its line number. Blank lines are skipped. */
function parseLines(input: string): InputLine[] {
  const out: InputLine[] = [];
  const raw = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  raw.forEach((lineText, i) => {
    const line = i + 1;
    if (!lineText.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CliError(`line ${line}: not valid JSON (${detail})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new CliError(`line ${line}: expected an object like {"text": "..."}`);
    }
    const text = (value as { text?: unknown }).text;
    if (typeof text !== 'string') {
      throw new CliError(`line ${line}: expected a string "text" field`);
    }
    out.push({ line, text });
  });
  return out;
}

export const check: CliCommand = {
  usage: '[file.jsonl]  (or JSONL on stdin)',
  summary: 'Checks style instructions against the hard bounds: {"text": …} per line in, {"verdict", "rules", "text"} per line out.',
  async run(args: string[], io: CliIO): Promise<number> {
    const flags = args.filter((a) => a.startsWith('-'));
    if (flags.some((f) => f === '--help' || f === '-h')) {
      io.stdout(`usage: attune check ${check.usage}\n  ${check.summary}\n`);
      return 0;
    }
    if (flags.length > 0) throw new CliError(`unknown option ${flags[0]}`, 2);
    if (args.length > 1) throw new CliError('expected at most one input file', 2);
    let input: string;
    if (args[0]) {
      try {
        input = await io.readFile(args[0]);
      } catch (error) {
        throw new CliError(`cannot read ${args[0]}: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else input = await io.stdin();
    const lines = parseLines(input);
    const out: string[] = [];
    for (const { text } of lines) {
      const r = checkInstruction(text);
      const record: Record<string, unknown> = { verdict: r.verdict, rules: r.rules };
      if (r.verdict === 'soften') record.text = r.text;
      if (r.reason) record.reason = r.reason;
      out.push(JSON.stringify(record));
    }
    if (out.length > 0) io.stdout(out.join('\n') + '\n');
    return 0;
  },
};
