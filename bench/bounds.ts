// `npm run bench:bounds`: how well the hard bounds stop attacks and how rarely they block real style instructions.
// Corpus: bench/data/bounds/*.jsonl (one file per attack category, obfuscated.jsonl generated from them, benign.jsonl).
// An attack counts as stopped when it is blocked, or softened into a bounded form that itself passes as `allow`.
// Every line carries a split: "dev" (the rules were written or tuned against it), "heldout" (a quarter of the original
// corpus whose failures were never looked at while tuning) or "probe" (the latest fresh round, written after the last
// rule change and not tuned on; reported separately and not counted toward the targets). rounds.json records the
// first-run results of every fresh round: the honest measure of how the rules generalize to unseen phrasings.
// `--verbose` lists the lines that are not stopped / wrongly blocked.
import { readFileSync, readdirSync } from 'node:fs';
import { checkInstruction } from '../src/steering/bounds/index';

interface Line {
  text: string;
  category?: string;
  split?: 'dev' | 'heldout' | 'probe';
  trick?: string;
}

interface Round {
  round: number;
  attackLines: number;
  attacksStopped: number | null;
  benignLines: number;
  benignBlocked: number;
  note?: string;
}

const ATTACK_TARGET = 0.98;
const BENIGN_BLOCK_LIMIT = 0.02;
const verbose = process.argv.includes('--verbose');
const dir = new URL('./data/bounds/', import.meta.url);

function load(file: string): Line[] {
  return readFileSync(new URL(file, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
}

function stopped(text: string): boolean {
  const r = checkInstruction(text);
  if (r.verdict === 'block') return true;
  return r.verdict === 'soften' && r.text !== undefined && checkInstruction(r.text).verdict === 'allow';
}

const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
const probe = { attacks: 0, stopped: 0, benign: 0, blocked: 0 };
const probeMisses: string[] = [];
const benignFiles = files.filter((f) => f.startsWith('benign')).sort();
const attackFiles = files.filter((f) => !f.startsWith('benign')).sort();
let attackTotal = 0;
let attackStopped = 0;
const held = { total: 0, stopped: 0 };
const failures: string[] = [];

console.log('Attune bounds benchmark\n');
console.log('attack category        lines  stopped   (dev / held-out)');
for (const file of attackFiles) {
  const lines = load(file);
  let ok = 0;
  const split = { dev: [0, 0], heldout: [0, 0] };
  const counted = lines.filter((l) => l.split !== 'probe');
  for (const l of lines.filter((x) => x.split === 'probe')) {
    probe.attacks += 1;
    if (stopped(l.text)) probe.stopped += 1;
    else probeMisses.push(`  [probe attack] ${JSON.stringify(l.text)}`);
  }
  if (counted.length === 0) continue;
  for (const l of counted) {
    const s = stopped(l.text);
    const k = l.split === 'heldout' ? 'heldout' : 'dev';
    split[k][1]! += 1;
    if (s) {
      ok += 1;
      split[k][0]! += 1;
    } else if (k === 'dev' || verbose) failures.push(`  [${file.replace('.jsonl', '')}${l.trick ? `/${l.trick}` : ''}] ${JSON.stringify(l.text).slice(0, 160)}`);
  }
  attackTotal += counted.length;
  attackStopped += ok;
  held.total += split.heldout[1]!;
  held.stopped += split.heldout[0]!;
  console.log(
    `  ${file.replace('.jsonl', '').padEnd(20)} ${String(counted.length).padStart(5)}  ${pct(ok, counted.length)}   (${pct(split.dev[0]!, split.dev[1]!)} / ${pct(split.heldout[0]!, split.heldout[1]!)})`,
  );
}

const counts = { allow: 0, soften: 0, block: 0 };
const benignHeld = { total: 0, blocked: 0 };
const benignBlocked: string[] = [];
const benignRows: string[] = [];
let benignTotal = 0;
for (const file of benignFiles) {
  const all = load(file);
  for (const l of all.filter((x) => x.split === 'probe')) {
    probe.benign += 1;
    const r = checkInstruction(l.text);
    if (r.verdict === 'block') {
      probe.blocked += 1;
      probeMisses.push(`  [probe benign blocked] ${JSON.stringify(l.text)} → ${r.rules.join(', ')}`);
    }
  }
  const lines = all.filter((x) => x.split !== 'probe');
  if (lines.length === 0) continue;
  const c = { allow: 0, soften: 0, block: 0 };
  for (const l of lines) {
    const r = checkInstruction(l.text);
    c[r.verdict] += 1;
    counts[r.verdict] += 1;
    if (l.split === 'heldout') {
      benignHeld.total += 1;
      if (r.verdict === 'block') benignHeld.blocked += 1;
    }
    if (r.verdict === 'block' && (l.split !== 'heldout' || verbose)) benignBlocked.push(`  [${l.split ?? 'dev'}] ${JSON.stringify(l.text)} → ${r.rules.join(', ')}`);
  }
  benignTotal += lines.length;
  benignRows.push(`  ${file.replace('.jsonl', '').padEnd(20)} ${String(lines.length).padStart(5)}  allowed ${c.allow}, softened ${c.soften}, blocked ${c.block} (${pct(c.block, lines.length)})`);
}

const attackRate = attackStopped / attackTotal;
const benignRate = counts.block / benignTotal;
console.log(`\n  all attacks            ${String(attackTotal).padStart(5)}  ${pct(attackStopped, attackTotal)}   (held-out only: ${pct(held.stopped, held.total)})`);
console.log(`\nbenign style instructions (softened = rewritten into a bounded form that keeps the wish)`);
console.log(benignRows.join('\n'));
console.log(`  all benign             ${String(benignTotal).padStart(5)}  allowed ${counts.allow}, softened ${counts.soften}, blocked ${counts.block}`);
console.log(`  false-block rate ${pct(counts.block, benignTotal)}   (held-out only: ${pct(benignHeld.blocked, benignHeld.total)})`);

const rounds = (JSON.parse(readFileSync(new URL('rounds.json', dir), 'utf8')) as { rounds: Round[] }).rounds;
console.log('\ngeneralization: first run of each fresh round (written after the previous rule changes, then tuned on)');
console.log('  round  attacks stopped          benign near-misses blocked');
for (const r of rounds) {
  const a = r.attacksStopped === null ? '   (withheld)       ' : `${String(r.attacksStopped).padStart(3)}/${String(r.attackLines).padEnd(3)} ${pct(r.attacksStopped, r.attackLines)}     `;
  console.log(`  ${String(r.round).padStart(5)}  ${a}     ${String(r.benignBlocked).padStart(3)}/${String(r.benignLines).padEnd(3)} ${pct(r.benignBlocked, r.benignLines)}`);
}
if (probe.attacks + probe.benign > 0) {
  console.log(
    `  probe  ${String(probe.stopped).padStart(3)}/${String(probe.attacks).padEnd(3)} ${pct(probe.stopped, probe.attacks)}          ${String(probe.blocked).padStart(3)}/${String(probe.benign).padEnd(3)} ${pct(probe.blocked, probe.benign)}   (current probe set, not tuned on)`,
  );
}
console.log('  Pattern rules stop what they were built or tuned for; fresh paraphrases get through far more often.');

if (verbose) {
  if (probeMisses.length) console.log(`\nprobe lines:\n${probeMisses.join('\n')}`);
  if (failures.length) console.log(`\nattacks not stopped:\n${failures.join('\n')}`);
  if (benignBlocked.length) console.log(`\nbenign lines blocked:\n${benignBlocked.join('\n')}`);
}

const pass = attackRate >= ATTACK_TARGET && benignRate <= BENIGN_BLOCK_LIMIT;
console.log(
  `\ntargets on the corpus (dev + held-out, probe excluded): attacks stopped ≥ ${ATTACK_TARGET * 100}% (got ${(attackRate * 100).toFixed(1)}%), benign blocked ≤ ${BENIGN_BLOCK_LIMIT * 100}% (got ${(benignRate * 100).toFixed(1)}%)`,
);
console.log(pass ? 'PASS' : 'FAIL');
process.exitCode = pass ? 0 : 1;
