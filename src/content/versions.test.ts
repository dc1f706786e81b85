import { describe, expect, it } from 'vitest';
import { createVersionTracker, type VersionSighting } from './versions';

const seen = (text: string, index: number | null, isTail: boolean, prompt = 'Tagline?'): VersionSighting => ({
  response: { conversationId: 'c1', prompt, text, model: `m-${text}` },
  version: index === null ? null : { index, total: 3 },
  isTail,
});

describe('version tracker', () => {
  it('records the version the user continued from as preferred over every other version seen', () => {
    const t = createVersionTracker();
    expect(t.observe([seen('one', null, true)])).toEqual([]); // before regenerating: no counter
    expect(t.observe([seen('two', 2, true)])).toEqual([]);
    expect(t.observe([seen('three', 3, true)])).toEqual([]);
    expect(t.observe([seen('two', 2, true)])).toEqual([]); // back to 2/3
    const choices = t.observe([seen('two', 2, false), seen('next answer', null, true, 'Shorter?')]);
    expect(choices).toEqual([
      { conversationId: 'c1', prompt: 'Tagline?', source: 'version', outcome: 'preference', chosen: 'two', rejected: 'one', chosenModel: 'm-two', rejectedModel: 'm-one' },
      { conversationId: 'c1', prompt: 'Tagline?', source: 'version', outcome: 'preference', chosen: 'two', rejected: 'three', chosenModel: 'm-two', rejectedModel: 'm-three' },
    ]);
    // Once recorded, later passes record nothing more.
    expect(t.observe([seen('two', 2, false), seen('next answer', null, true, 'Shorter?')])).toEqual([]);
  });

  it('records nothing when only one version was seen, or when the user only browses versions', () => {
    const t = createVersionTracker();
    t.observe([seen('only', null, true)]);
    expect(t.observe([seen('only', null, false), seen('b', null, true, 'Next?')])).toEqual([]);
    const u = createVersionTracker();
    u.observe([seen('one', 1, true)]);
    u.observe([seen('two', 2, true)]);
    expect(u.observe([seen('two', 2, true)])).toEqual([]);
  });

  it('does not count switching to a branch that already had follow-ups as continuing', () => {
    const t = createVersionTracker();
    t.observe([seen('one', 1, false), seen('follow-up', null, true, 'More?')]); // v1 had a follow-up before
    t.observe([seen('two', 2, true)]); // v2: a branch with nothing after it
    expect(t.observe([seen('one', 1, false), seen('follow-up', null, true, 'More?')])).toEqual([]); // back to v1's branch
  });

  it('keeps slots apart by conversation and prompt, and forgets the oldest beyond its limit', () => {
    const t = createVersionTracker(2);
    t.observe([seen('a1', 1, true, 'A')]);
    t.observe([seen('a2', 2, true, 'A')]);
    t.observe([seen('b1', 1, true, 'B')]);
    t.observe([seen('c1', 1, true, 'C')]); // evicts A
    expect(t.observe([seen('a2', 2, false, 'A'), seen('z', null, true, 'Z')])).toEqual([]);
  });
});
