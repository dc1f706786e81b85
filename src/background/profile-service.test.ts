import { describe, expect, it } from 'vitest';
import { createProfileService, PROFILE_KEY } from './profile-service';
import { openAttuneDB } from '../store/db';
import { recordChoice, setRating } from '../store/judgments';
import { choice, response, uniqueDbName } from '../store/test-helpers';
import { predictPair, topAxes } from '../model';

const short = (i: number) => `Use sorted(xs, key=f). Done (${i}).`;
const long = (i: number) =>
  `Great question! There are several ways to approach this (${i}).\n\n## Option 1\n\n- First, consider the built-in sorted function, which returns a new list.\n- Second, list.sort sorts in place.\n\n## Option 2\n\nYou can also use operator.itemgetter, which is often faster for large inputs and reads nicely.\n\nIn summary, pick whichever fits your code best. Let me know if you have more questions!`;

describe('profile service', () => {
  it('refits from stored judgments and stores the profile; a consistent taste shows as a confident axis', async () => {
    const db = await openAttuneDB(uniqueDbName());
    for (let i = 0; i < 25; i++) {
      await recordChoice(db, choice({ prompt: `How do I sort list number ${i} in Python?`, chosen: short(i), rejected: long(i) }), 1_700_000_000_000 + i);
    }
    await setRating(db, response({ key: 'chatgpt:x', text: long(99) }), 'inline', 'down', 1_700_000_030_000);
    const service = createProfileService({ db: async () => db, debounceMs: 0, now: () => 1_700_000_100_000 });
    const profile = await service.refitNow();
    expect(profile.judgments).toBe(26);
    expect(await db.get('meta', PROFILE_KEY)).toEqual(profile);
    // Many axes separate the two styles, so credit is shared; what must hold is the direction and the prediction.
    expect(topAxes(profile, 30).find((a) => a.axis === 'length')!.direction).toBe('less');
    expect(predictPair(profile, 'How do I sort a list in Python?', short(1000), long(1000))).toBeGreaterThan(0.8);
    expect(await service.current()).toEqual(profile);
  });

  it('debounces bursts of changes into one refit', async () => {
    const db = await openAttuneDB(uniqueDbName());
    let reads = 0;
    const service = createProfileService({ db: async () => (reads++, db), debounceMs: 20 });
    for (let i = 0; i < 10; i++) service.changed();
    await new Promise((r) => setTimeout(r, 80));
    expect(reads).toBe(1);
    expect(await db.get('meta', PROFILE_KEY)).toMatchObject({ format: 'attune-profile', judgments: 0 });
  });
});

describe('profile service freshness', () => {
  it('answers with a profile that includes a change still waiting for the debounce', async () => {
    const db = await openAttuneDB(uniqueDbName());
    const service = createProfileService({ db: async () => db, debounceMs: 60_000 });
    expect((await service.current()).judgments).toBe(0);
    await recordChoice(db, choice());
    service.changed();
    expect((await service.current()).judgments).toBe(1);
  });
});
