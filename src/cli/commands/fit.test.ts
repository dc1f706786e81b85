import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { memoryIO } from '../test-io';

const io = memoryIO;

const LONG = 'Here is a detailed answer. '.repeat(40) + '\n\n- point one\n- point two\n\nIn conclusion, this is long.';
const SHORT = 'Short answer.';
const lines = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify(
      i % 2 === 0
        ? { prompt: 'Explain how tides work', chosen: SHORT + ' '.repeat(i % 3), rejected: LONG }
        : { prompt: 'Explain how tides work', completion: i % 4 === 1 ? SHORT : LONG, label: i % 4 === 1, at: '2026-01-02T00:00:00Z' },
    ),
  ).join('\n');

describe('attune fit', () => {
  it('fits a profile from TRL and KTO lines: prefers shorter answers', async () => {
    const t = io(['fit', '--no-prior'], lines(30));
    expect(await runCli(t.io)).toBe(0);
    const profile = JSON.parse(t.out());
    expect(profile.format).toBe('attune-profile');
    expect(profile.version).toBe(1);
    expect(profile.judgments).toBe(30);
    expect(profile.halfLifeDays).toBe(180);
    const length = profile.global.find((a: { axis: string }) => a.axis === 'length');
    expect(length.mean).toBeLessThan(0);
    expect(length.variance).toBeGreaterThan(0);
    expect(profile.contexts.learning).toBeDefined();
    expect(t.err()).toBe('');
  });

  it('uses a prior profile and a half-life', async () => {
    const first = io(['fit'], lines(10));
    await runCli(first.io);
    const t = io(['fit', '--prior', 'p.json', '--half-life', '30'], lines(4), { 'p.json': first.out() });
    expect(await runCli(t.io)).toBe(0);
    expect(JSON.parse(t.out()).halfLifeDays).toBe(30);
    const none = io(['fit', '--half-life', 'none'], lines(4));
    expect(await runCli(none.io)).toBe(0);
    expect(JSON.parse(none.out()).halfLifeDays).toBeNull();
  });

  it.each([
    ['{"prompt":"p","chosen":1,"rejected":"b"}', 'line 1: "chosen" must be a string'],
    ['\n{"prompt":"p","chosen":"a"}', 'line 2: "rejected" must be a string'],
    ['{"prompt":"p","chosen":"a","rejected":"b"}\n{"prompt":"p","chosen":"a","rejected":"b"\n', 'line 2: not valid JSON'],
    ['{"prompt":"p","completion":"a","label":"yes"}', 'line 1: "label" must be true or false'],
    ['{"prompt":3,"completion":"a","label":true}', 'line 1: "prompt" must be a string'],
    ['{"prompt":"p","completion":"a","label":true,"weight":-1}', 'line 1: "weight" must be a number ≥ 0'],
    ['{"prompt":"p","completion":"a","label":true,"at":"yesterday"}', 'line 1: "at" must be epoch milliseconds or an ISO date string'],
    ['{"prompt":"p","chosen":"a","rejected":"b","label":true}', 'line 1: mixes TRL'],
    ['{"text":"hello"}', 'line 1: expected TRL'],
    ['[1,2]', 'line 1: expected a JSON object'],
    ['', 'no judgments on standard input'],
  ])('rejects %j with a clear message and no stack trace', async (stdin, message) => {
    const t = io(['fit'], stdin);
    const code = await runCli(t.io);
    expect(code).not.toBe(0);
    expect(t.err()).toContain(`attune fit: ${message}`);
    expect(t.err()).not.toMatch(/\n\s+at /);
    expect(t.out()).toBe('');
  });

  it('reports bad options and bad prior files', async () => {
    let t = io(['fit', '--half-life', '-3'], lines(2));
    expect(await runCli(t.io)).toBe(2);
    expect(t.err()).toContain('--half-life must be a positive number');
    t = io(['fit', '--prior', 'missing.json'], lines(2));
    expect(await runCli(t.io)).toBe(1);
    expect(t.err()).toContain('--prior missing.json: cannot read the file (ENOENT)');
    t = io(['fit', '--prior', 'x.json'], lines(2), { 'x.json': '{"format":"other"}' });
    expect(await runCli(t.io)).toBe(1);
    expect(t.err()).toContain('not an Attune profile');
    t = io(['fit', '--prior', 'x.json', '--no-prior'], lines(2), { 'x.json': '{}' });
    expect(await runCli(t.io)).toBe(2);
    t = io(['fit', '--bogus'], lines(2));
    expect(await runCli(t.io)).toBe(2);
    expect(t.err()).toContain('unknown option "--bogus"');
  });
});

describe('attune score', () => {
  it('prints one probability per line, consistent with the fitted preference', async () => {
    const f = io(['fit'], lines(40));
    await runCli(f.io);
    const input = [
      JSON.stringify({ prompt: 'Explain how tides work', chosen: SHORT, rejected: LONG }),
      JSON.stringify({ prompt: 'Explain how tides work', chosen: LONG, rejected: SHORT }),
      '',
      JSON.stringify({ prompt: 'Explain how tides work', completion: SHORT, label: true }),
      JSON.stringify({ prompt: 'Explain how tides work', completion: LONG, label: false }),
    ].join('\n');
    const t = io(['score', '--profile', 'p.json'], input, { 'p.json': f.out() });
    expect(await runCli(t.io)).toBe(0);
    const ps = t
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).p as number);
    expect(ps).toHaveLength(4);
    expect(ps[0]).toBeGreaterThan(0.5);
    expect(ps[0]! + ps[1]!).toBeCloseTo(1, 5);
    expect(ps[2]).toBeGreaterThan(ps[3]!);
    for (const p of ps) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });

  it('needs --profile and names bad lines', async () => {
    let t = io(['score'], '');
    expect(await runCli(t.io)).toBe(2);
    expect(t.err()).toContain('--profile is required');
    const f = io(['fit'], lines(4));
    await runCli(f.io);
    t = io(['score', '--profile', 'p.json'], '{"prompt":"p","chosen":"a","rejected":"b"}\n{"prompt":"p","completion":"a"}', { 'p.json': f.out() });
    expect(await runCli(t.io)).toBe(1);
    expect(t.err()).toContain('attune score: line 2: "label" must be true or false');
  });
});

describe('attune explain', () => {
  it('prints a readable table with direction, strength and confidence', async () => {
    const f = io(['fit'], lines(40));
    await runCli(f.io);
    const t = io(['explain', '--profile', 'p.json'], '', { 'p.json': f.out() });
    expect(await runCli(t.io)).toBe(0);
    const text = t.out();
    expect(text).toContain('axis');
    expect(text).toContain('confidence');
    expect(text).toMatch(/length\s+less \(shorter answers\)/);
    const c = io(['explain', '--profile', 'p.json', '--context', 'learning'], '', { 'p.json': f.out() });
    expect(await runCli(c.io)).toBe(0);
    expect(c.out()).toContain('Context "learning"');
    const bad = io(['explain', '--profile', 'p.json', '--context', 'gaming'], '', { 'p.json': f.out() });
    expect(await runCli(bad.io)).toBe(2);
  });
});

describe('attune population', () => {
  // Two kinds of people: some prefer short answers, some long ones (the direction people differ in is length).
  const person = (short: boolean, n = 12) =>
    Array.from({ length: n }, (_, i) =>
      JSON.stringify({ prompt: 'Explain how tides work', chosen: short ? SHORT + ' '.repeat(i) : LONG, rejected: short ? LONG : SHORT + ' '.repeat(i) }),
    ).join('\n');
  const files = { 'a.jsonl': person(true), 'b.jsonl': person(false), 'c.jsonl': person(true), 'd.jsonl': person(false) };

  it('fits a population prior from one file per person, and fit --population uses it', async () => {
    const t = io(['population', 'a.jsonl', 'b.jsonl', 'c.jsonl', 'd.jsonl'], '', files);
    expect(await runCli(t.io)).toBe(0);
    const pop = JSON.parse(t.out());
    expect(pop).toMatchObject({ format: 'attune-population', version: 1, people: 4, judgments: 48 });
    expect(pop.directions).toBeGreaterThanOrEqual(0); // chosen by cross-validation over the four people
    expect(pop.deviationVariance).toBeGreaterThan(0); // so is the width of per-context deviations
    const two = io(['population', '--directions', '2', 'a.jsonl', 'b.jsonl', 'c.jsonl', 'd.jsonl'], '', files);
    expect(await runCli(two.io)).toBe(0);
    expect(JSON.parse(two.out()).directions).toBe(2);
    const full = io(['population', '--directions', 'full', 'a.jsonl', 'b.jsonl', 'c.jsonl', 'd.jsonl'], '', files);
    expect(await runCli(full.io)).toBe(0);
    expect(JSON.parse(full.out()).directions).toBeUndefined();
    expect(JSON.parse(full.out()).deviationVariance).toBeUndefined(); // fit uses its default width

    const i = pop.axes.indexOf('length');
    const j = pop.axes.indexOf('emoji');
    expect(pop.covariance[i][i]).toBeGreaterThan(pop.covariance[j][j]); // people differ in length, not emoji
    const f = io(['fit', '--population', 'pop.json'], lines(6), { 'pop.json': t.out() });
    expect(await runCli(f.io)).toBe(0);
    expect(JSON.parse(f.out()).format).toBe('attune-profile');
  });

  it('reports bad input clearly', async () => {
    let t = io(['population', 'a.jsonl'], '', files);
    expect(await runCli(t.io)).toBe(2);
    expect(t.err()).toContain('at least two files');
    t = io(['population', 'a.jsonl', 'x.jsonl'], '', { ...files, 'x.jsonl': '{"prompt":"p"}\n{"prompt":"p","chosen":1}' });
    expect(await runCli(t.io)).toBe(1);
    expect(t.err()).toContain('attune population: x.jsonl: line 1:');
    t = io(['population', 'a.jsonl', 'nope.jsonl'], '', files);
    expect(await runCli(t.io)).toBe(1);
    expect(t.err()).toContain('nope.jsonl: cannot read the file (ENOENT)');
    t = io(['population', '--min-judgments', '50', 'a.jsonl', 'b.jsonl'], '', files);
    expect(await runCli(t.io)).toBe(1);
    expect(t.err()).toContain('need at least two people with 50 or more judgments');
    t = io(['population', '--min-judgments', 'x', 'a.jsonl', 'b.jsonl'], '', files);
    expect(await runCli(t.io)).toBe(2);
    for (const bad of ['22', '-1', '1.5', '', 'three', 'Auto']) {
      t = io(['population', '--directions', bad, 'a.jsonl', 'b.jsonl'], '', files);
      expect(await runCli(t.io)).toBe(2);
      expect(t.err()).toContain(`--directions must be a whole number from 0 to 21, "auto" or "full", got "${bad}"`);
    }
    t = io(['fit', '--population', 'p.json', '--no-prior'], lines(2), { 'p.json': '{}' });
    expect(await runCli(t.io)).toBe(2);
    expect(t.err()).toContain('use one of --prior, --population or --no-prior');
    t = io(['fit', '--population', 'p.json'], lines(2), { 'p.json': '{"format":"attune-population","version":1,"axes":["length"],"mean":[0],"covariance":[[-1]]}' });
    expect(await runCli(t.io)).toBe(1);
    expect(t.err()).toContain('--population p.json: not an Attune population prior: "covariance" diagonal entry 1 must be positive');
    for (const e of [t.err()]) expect(e).not.toMatch(/\n\s+at /);
  });
});
