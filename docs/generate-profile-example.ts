// Regenerates docs/profile.example.json from synthetic judgments of a person who likes short answers without
// emoji (and lists): `npx tsx docs/generate-profile-example.ts`.
import { writeFileSync } from 'node:fs';
import { refit } from '../src/model/learner';
import { composeSteering } from '../src/steering/compose';
import { CONTEXTS } from '../src/model/context';
import { toProfileExport } from '../src/export/profile';
import { prng } from '../src/export/sample';
const rand = prng(3);
const prompts = ['How do I sort a list in Python?', 'What is the boiling point of water at 2000 m?', 'Write an email declining a meeting', 'Why is Python sort stable?'];
const js = [];
const SENT = ['Timsort keeps equal keys in their input order.', 'Use a key function to pick the field.', 'Water boils near 93 °C at 2000 m.', 'Pressure falls as you climb.', 'Thank them and propose another slot.', 'Keep the reply to two lines.', 'The method is stable and fast.', 'It runs in O(n log n) time.'];
const make = () => {
  const n = 1 + Math.floor(rand() * 7);
  const emoji = rand() < 0.5;
  const list = rand() < 0.5;
  const parts = Array.from({ length: n }, () => SENT[Math.floor(rand() * SENT.length)]!);
  const text = (list ? parts.map((x) => `- ${x}`).join('\n') : parts.join(' ')) + (emoji ? ' 😊🎉' : '');
  return { text, u: -0.6 * n - 2 * (emoji ? 1 : 0) + (list ? 0.8 : 0) + (rand() - 0.5) };
};
for (let i = 0; i < 400; i++) {
  const p = prompts[i % prompts.length]!;
  const a = make(), b = make();
  if (a.text === b.text) continue;
  const [c, r] = a.u >= b.u ? [a, b] : [b, a];
  js.push({ kind: 'pair' as const, prompt: p, chosen: c.text, rejected: r.text, weight: 1, at: 1_763_000_000_000 + i * 3_600_000 });
}
const profile = refit(js, [], { halfLifeDays: 180, now: () => 1_763_500_000_000 });
const per: Record<string, ReturnType<typeof composeSteering>> = {};
for (const c of CONTEXTS) per[c] = composeSteering(profile, c);
const doc = toProfileExport(profile, { steering: composeSteering(profile, null), contextSteering: per, now: new Date('2026-11-26T12:00:00Z') });
writeFileSync(new URL('./profile.example.json', import.meta.url), JSON.stringify(doc, null, 2) + '\n');
console.log(doc.card);
