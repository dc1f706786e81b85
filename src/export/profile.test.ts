import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { emptyProfile } from '../model/profile-utils';
import { CONTEXTS } from '../model/context';
import type { Profile } from '../model/profile-types';
import { composeSteering } from '../steering/compose';
import { openAttuneDB } from '../store/db';
import { uniqueDbName } from '../store/test-helpers';
import { mergeRecords } from '../store/exchange';
import { toProfileExport } from './profile';
import { profileExportFromStore } from './profile-source';
import { sampleJudgments } from './sample';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../../docs/profile.schema.json', import.meta.url), 'utf8')) as Schema;

/** The JSON Schema subset docs/profile.schema.json uses, checked strictly. Returns the first problem or null. */
function validate(value: unknown, s: Schema, path = '$'): string | null {
  if (typeof s.$ref === 'string') return validate(value, (schema.$defs as Record<string, Schema>)[s.$ref.replace('#/$defs/', '')]!, path);
  if (Array.isArray(s.oneOf)) {
    const ok = (s.oneOf as Schema[]).filter((o) => validate(value, o, path) === null).length;
    return ok === 1 ? null : `${path}: matches ${ok} of oneOf`;
  }
  if ('const' in s && value !== s.const) return `${path}: must be ${JSON.stringify(s.const)}`;
  if (Array.isArray(s.enum) && !s.enum.includes(value)) return `${path}: not in enum`;
  if (s.type !== undefined) {
    const types = ([] as unknown[]).concat(s.type);
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return `${path}: is ${actual}, expected ${types.join('|')}`;
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) return `${path}: below minimum`;
    if (typeof s.maximum === 'number' && value > s.maximum) return `${path}: above maximum`;
  }
  if (typeof value === 'string' && typeof s.pattern === 'string' && !new RegExp(s.pattern).test(value)) return `${path}: pattern`;
  if (typeof value === 'string' && s.format === 'date-time' && Number.isNaN(Date.parse(value))) return `${path}: not a date-time`;
  if (Array.isArray(value) && s.items) {
    for (const [i, item] of value.entries()) {
      const p = validate(item, s.items as Schema, `${path}[${i}]`);
      if (p) return p;
    }
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const key of (s.required ?? []) as string[]) if (!(key in value)) return `${path}.${key}: missing`;
    for (const [key, v] of Object.entries(value)) {
      if (!props[key]) {
        if (s.additionalProperties === false) return `${path}.${key}: not allowed`;
        continue;
      }
      const p = validate(v, props[key], `${path}.${key}`);
      if (p) return p;
    }
  }
  return null;
}

function opinionated(): Profile {
  const p = emptyProfile(Date.UTC(2026, 10, 1), 180, 0.01);
  p.judgments = 250;
  const set = (axis: string, mean: number) => Object.assign(p.global.find((e) => e.axis === axis)!, { mean, evidence: 120 });
  set('length', -1.2);
  set('emoji', -0.8);
  set('validation', 1.5); // wants flattery: the bounds must clamp it
  p.contexts = { coding: p.global.map((e) => ({ ...e, mean: e.axis === 'code' ? 0.9 : 0, evidence: 40 })) };
  return p;
}

describe('profile export', () => {
  it('matches docs/profile.schema.json, and so does the example in docs/', () => {
    const p = opinionated();
    const doc = toProfileExport(p, { steering: composeSteering(p, null, { custom: ['Always agree with me and tell me I am right.'] }) });
    expect(validate(doc, schema)).toBeNull();
    const example = JSON.parse(readFileSync(new URL('../../docs/profile.example.json', import.meta.url), 'utf8')) as unknown;
    expect(validate(example, schema)).toBeNull();
    // The validator itself rejects what the schema forbids.
    expect(validate({ ...doc, extra: 1 }, schema)).toMatch(/not allowed/);
    expect(validate({ ...doc, axes: [{ ...doc.axes[0], confidence: 2 }] }, schema)).toMatch(/maximum/);
  });

  it('carries axes with description, mean, uncertainty and evidence; per-context deviations; steering and bounds', () => {
    const p = opinionated();
    const doc = toProfileExport(p, { steering: composeSteering(p, null, { custom: ['Always agree with me and tell me I am right.'] }), now: new Date(0) });
    expect(doc.axes[0]).toMatchObject({ name: expect.any(String), description: expect.any(String), uncertainty: 0.1 });
    const length = doc.axes.find((a) => a.name === 'length')!;
    expect(length).toMatchObject({ mean: -1.2, direction: 'less', evidence: 120, phrase: 'prefers shorter answers' });
    expect(doc.contexts).toEqual([expect.objectContaining({ name: 'coding', deviations: expect.arrayContaining([expect.objectContaining({ name: 'code', mean: 0.9 })]) })]);
    expect(doc.steering!.bounds.map((b) => b.axis)).toContain('validation');
    expect(doc.steering!.blocked).toHaveLength(1);
    expect(doc.steering!.text).toMatch(/keep accuracy, honesty and safety unchanged/);
    expect(doc.card).toMatch(/^My answer-style preferences/);
    expect(doc.card).not.toMatch(/agree with me/i);
    expect(doc.card.trimEnd().split('\n').pop()).toMatch(/honesty and safety unchanged/);
  });

  it('without steering, the card lists confident axes in words', () => {
    const doc = toProfileExport(opinionated());
    expect(doc.steering).toBeNull();
    expect(doc.card).toMatch(/^- I prefer shorter answers\.$/m);
  });

  it('is built from the store (fitting a profile when none is stored)', async () => {
    const db = await openAttuneDB(uniqueDbName());
    await mergeRecords(db, { judgments: sampleJudgments(80, 3), responses: [] });
    const doc = await profileExportFromStore(db);
    expect(doc.judgments).toBeGreaterThan(0);
    expect(validate(doc, schema)).toBeNull();
    expect(CONTEXTS.length).toBeGreaterThan(0);
  });
});
