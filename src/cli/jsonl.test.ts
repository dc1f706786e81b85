import { describe, expect, it } from 'vitest';
import { CliError } from './errors';
import { parseJsonl } from './jsonl';

describe('parseJsonl', () => {
  it('returns values with 1-based line numbers, skipping blank lines, BOM and CRLF', () => {
    expect(parseJsonl('\ufeff{"a":1}\r\n\r\n  [2]  \n"x"')).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 3, value: [2] },
      { line: 4, value: 'x' },
    ]);
    expect(parseJsonl('')).toEqual([]);
  });
  it('throws a CliError naming the line', () => {
    expect(() => parseJsonl('{}\n{"a":\n')).toThrow(CliError);
    expect(() => parseJsonl('{}\n{"a":\n')).toThrow(/^line 2: not valid JSON/);
  });
});
