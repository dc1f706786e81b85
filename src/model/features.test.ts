import { describe, expect, it } from 'vitest';
import { AXES, AXIS_INDEX, DIM, countText, extractFeatures, rawFeatures } from './features';
import { AXIS_NAMES } from './profile-types';

const f = (text: string) => extractFeatures(text);
const axis = (v: Float64Array, name: keyof typeof AXIS_INDEX) => v[AXIS_INDEX[name]]!;

const MARKDOWN = `# Setting up

**TL;DR:** install it, then run it.

## Steps

1. First, install the package.
2. Then run \`attune fit\`.
3. Finally, check the output.

| option | meaning |
|---|---|
| --prior | a prior profile |

\`\`\`bash
npm install
npm run build
\`\`\`

See [the docs](https://example.org/docs) for more.`;

const PLAIN = `Setting up

TL;DR: install it, then run it.

Steps
1. First, install the package.
2. Then run attune fit.
3. Finally, check the output.`;

describe('extractFeatures', () => {
  it('has one described axis per shared axis name, in order', () => {
    expect(AXES.map((a) => a.name)).toEqual([...AXIS_NAMES]);
    expect(DIM).toBe(AXIS_NAMES.length);
    for (const a of AXES) expect(a.description.length).toBeGreaterThan(10);
  });

  it('handles the empty string and whitespace without NaN', () => {
    for (const t of ['', '   ', '\n\n\n', '```', '|', '#', '**', '😀']) {
      const v = f(t);
      expect(v).toHaveLength(DIM);
      for (const x of v) expect(Number.isFinite(x)).toBe(true);
    }
    expect(f('')).toEqual(f('  \n '));
  });

  it('reads Markdown structure: headings, lists, tables, code, bold, links, TL;DR', () => {
    const c = countText(MARKDOWN);
    expect(c.headings).toBe(2);
    expect(c.numberedItems).toBe(3);
    expect(c.tableRows).toBe(2);
    expect(c.codeLines).toBeGreaterThanOrEqual(3);
    expect(c.inlineCode).toBe(1);
    expect(c.boldSpans).toBe(1);
    expect(c.links).toBe(1);
    expect(c.summaryMarker).toBe(1);
  });

  it('gives rendered (plain) text the same structure where the text shows it', () => {
    const md = f(MARKDOWN);
    const plain = f(PLAIN);
    expect(axis(plain, 'steps')).toBeCloseTo(axis(md, 'steps'), 5);
    expect(axis(plain, 'summary_first')).toBeCloseTo(axis(md, 'summary_first'), 5);
    expect(axis(plain, 'code')).toBeLessThan(axis(md, 'code'));
  });

  it('orders axes the way a reader would', () => {
    const short = 'Use a hash map.';
    const long = 'A hash map is a good choice here. '.repeat(60);
    expect(axis(f(long), 'length')).toBeGreaterThan(axis(f(short), 'length') + 1);
    expect(axis(f('- a\n- b\n- c\n- d'), 'lists')).toBeGreaterThan(axis(f('a b c d.'), 'lists'));
    expect(axis(f('It might possibly work, perhaps; it depends.'), 'hedging')).toBeGreaterThan(axis(f('It works.'), 'hedging'));
    expect(axis(f('This definitely always works, clearly.'), 'confidence')).toBeGreaterThan(axis(f('This works.'), 'confidence'));
    expect(axis(f('Wow! Amazing! Great!'), 'enthusiasm')).toBeGreaterThan(axis(f('Fine.'), 'enthusiasm'));
    expect(axis(f('Done 🎉✅'), 'emoji')).toBeGreaterThan(axis(f('Done'), 'emoji'));
    expect(axis(f('Therefore, the result is consequently valid.'), 'formality')).toBeGreaterThan(axis(f("Yeah it's kinda cool, don't worry."), 'formality'));
    expect(axis(f('Would you like more detail? Which version do you use?'), 'questions')).toBeGreaterThan(axis(f('Here it is.'), 'questions'));
    expect(axis(f("I'm sorry, as an AI I cannot give medical advice; please consult a professional."), 'disclaimers')).toBeGreaterThan(
      axis(f('Take two tablets.'), 'disclaimers'),
    );
    expect(axis(f('I think my view is that I would do it.'), 'first_person')).toBeGreaterThan(axis(f('It would be done.'), 'first_person'));
    expect(axis(f("Great question! You're right to ask."), 'validation')).toBeGreaterThan(axis(f('The answer is 4.'), 'validation'));
    expect(axis(f('For example, such as apples; e.g. pears.'), 'examples')).toBeGreaterThan(axis(f('Apples and pears.'), 'examples'));
    expect(axis(f('Intro.\n\nBody text here.\n\nIn conclusion, that is all.'), 'wrap_up')).toBeGreaterThan(
      axis(f('Intro.\n\nBody text here.\n\nMore body.'), 'wrap_up'),
    );
    expect(axis(f('I hope this helps, and I understand how you feel.'), 'warmth')).toBeGreaterThan(axis(f('The value is 4.'), 'warmth'));
    expect(axis(f('Notwithstanding considerable institutional heterogeneity, organizational characteristics predominate.'), 'reading_level')).toBeGreaterThan(
      axis(f('The cat sat. It was fun. We ran.'), 'reading_level'),
    );
  });

  it('does not count code as prose', () => {
    const code = '```python\ndef f(x):\n    return x!  # sorry? maybe!\n```';
    const c = countText(code);
    expect(c.exclamations).toBe(0);
    expect(c.questions).toBe(0);
    expect(c.words).toBe(0);
    expect(axis(f(code), 'code')).toBeGreaterThan(axis(f('no code here'), 'code'));
  });

  it('handles non-English text', () => {
    const zh = countText('这是一个测试。我们喜欢它！你好吗？');
    expect(zh.words).toBeGreaterThan(10);
    expect(zh.sentences).toBe(3);
    expect(zh.exclamations).toBe(1);
    expect(zh.questions).toBe(1);
    const de = countText('Das ist vielleicht ein Beispiel für Größenänderungen, zum Beispiel hier.');
    expect(de.words).toBe(10);
    expect(axis(f('Vielleicht, wahrscheinlich.'), 'hedging')).toBeGreaterThan(axis(f('Ja.'), 'hedging'));
    for (const t of ['Привет, как дела?', 'مرحبا بالعالم', 'こんにちは世界']) for (const x of f(t)) expect(Number.isFinite(x)).toBe(true);
  });

  it('is standardized and clipped', () => {
    const huge = 'word '.repeat(200000);
    for (const x of f(huge)) expect(Math.abs(x)).toBeLessThanOrEqual(5);
    // Raw values are transformed, standardized values differ by the reference.
    expect(rawFeatures('Hi.')[0]).not.toBe(f('Hi.')[0]);
  });

  // The benchmark (npm run bench:learning) checks the 5 MB/s target; this guards against pathological slowdowns
  // (e.g. per-character regular expressions) with a margin for busy CI machines.
  it('extracts text fast (≥ 2 MB/s even on a busy machine)', () => {
    const text = `${MARKDOWN}\n\n${'This might be, for example, a long paragraph of prose that goes on. '.repeat(30)}\n`;
    // Best of several short batches: a shared machine's other work should not fail this test.
    let mbps = 0;
    for (let batch = 0; batch < 10; batch++) {
      const t0 = performance.now();
      for (let i = 0; i < 20; i++) extractFeatures(text);
      mbps = Math.max(mbps, (text.length * 20) / Math.max(1e-3, (performance.now() - t0) / 1000) / 1e6);
    }
    expect(mbps).toBeGreaterThan(2);
  });
});

describe('reference standardization', () => {
  it('REFERENCE is what calibrate.ts computes from the reference corpus', async () => {
    const { referenceStats } = await import('./calibrate');
    const { REFERENCE } = await import('./features');
    const stats = referenceStats();
    expect([...REFERENCE.mean]).toEqual(stats.mean);
    expect([...REFERENCE.sd]).toEqual(stats.sd);
  });
});
