// Leave-one-group-out cross-validation of the bounds classifier, spread over worker threads. Every group trains on
// all the other groups, so groups cost about the same and are dealt round-robin. The result is exactly crossValidate's
// (same groups, same deterministic training, same order): only the wall-clock time changes.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { crossValidate, cvGroups, type CorpusLine, type Scored } from './_bounds-training';

/** What a worker sends back: per scored line, its index in the lines it was given. */
export interface WorkerScore {
  index: number;
  attack: number;
  category: string;
}

// The worker is TypeScript. Node 20 does not pass `--import tsx` hooks on to a worker's entry file, so a small
// script registers tsx in the worker and then imports it.
const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER_FILE = new URL('./_bounds-cv-worker.ts', import.meta.url).href;
const WORKER_BOOT = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_FILE)}); });`;

function runWorker(lines: readonly CorpusLine[], groups: readonly (readonly string[])[]): Promise<WorkerScore[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { lines, groups } });
    worker.once('message', (scores: WorkerScore[]) => resolve(scores));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`cross-validation worker exited with code ${code}`));
    });
  });
}

/** crossValidate(lines), with the groups spread over `threads` worker threads (default: one per CPU). */
export async function crossValidateParallel(lines: readonly CorpusLine[], threads = availableParallelism()): Promise<Scored[]> {
  const groups = cvGroups(lines);
  const n = Math.max(1, Math.min(threads, groups.length));
  if (n === 1) return crossValidate(lines, groups);
  const shares = Array.from({ length: n }, (_, w) => groups.filter((_, i) => i % n === w));
  const attack = new Float64Array(lines.length).fill(NaN);
  const category: string[] = new Array(lines.length);
  for (const scores of await Promise.all(shares.map((share) => runWorker(lines, share)))) {
    for (const s of scores) {
      attack[s.index] = s.attack;
      category[s.index] = s.category;
    }
  }
  // crossValidate's order: group by group, each group's lines in corpus order.
  const out: Scored[] = [];
  for (const group of groups) {
    const held = new Set(group);
    lines.forEach((line, i) => {
      if (!held.has(line.fold)) return;
      if (Number.isNaN(attack[i])) throw new Error(`cross-validation: no score for line ${i} (fold ${line.fold})`);
      out.push({ line, attack: attack[i]!, category: category[i]! });
    });
  }
  return out;
}
