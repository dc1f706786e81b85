// In-memory CliIO for the CLI's unit tests: argv, stdin and named files in; stdout and stderr collected.
import type { CliIO } from './main';

export function memoryIO(argv: string[], stdin = '', files: Record<string, string> = {}): { io: CliIO; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      argv,
      stdin: async () => stdin,
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      readFile: async (p: string) => {
        if (!Object.hasOwn(files, p)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
        return files[p]!;
      },
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
