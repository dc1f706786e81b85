// Node entry for the bundled CLI (dist/cli/attune.mjs).
import { readFile } from 'node:fs/promises';
import { runCli } from './main';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runCli({
  argv: process.argv.slice(2),
  stdin: readStdin,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFile(p, 'utf8'),
});
process.exitCode = code;
