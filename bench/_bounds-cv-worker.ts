// Worker thread for crossValidateParallel (_bounds-cv-parallel.ts): scores its share of the groups and sends back each
// scored line's index with its attack probability and category.
import { parentPort, workerData } from 'node:worker_threads';
import { crossValidate, type CorpusLine } from './_bounds-training';
import type { WorkerScore } from './_bounds-cv-parallel';

const { lines, groups } = workerData as { lines: CorpusLine[]; groups: string[][] };
const index = new Map<CorpusLine, number>(lines.map((l, i) => [l, i]));
const scores: WorkerScore[] = crossValidate(lines, groups).map((s) => ({ index: index.get(s.line)!, attack: s.attack, category: s.category }));
parentPort!.postMessage(scores);
