// The `attune` command: researchers run it on Attune's own exports. Each subcommand lives in commands/.
import { commands } from './commands/index';
import { CliError } from './errors';

export interface CliIO {
  argv: string[];
  stdin: () => Promise<string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  attune ${name} ${c.usage}\n      ${c.summary}`);
  return `usage:\n${lines.join('\n')}\n`;
}

/** Runs one CLI invocation; returns the process exit code. Never lets a stack trace reach the user. */
export async function runCli(io: CliIO): Promise<number> {
  const [name, ...rest] = io.argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(usage());
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`attune: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`attune ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`attune ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
}
