// End to end on LMArena, in Chromium and Firefox ESR: saved battle and direct-chat pages served at
// https://lmarena.ai/c/… and https://arena.ai/c/…; battle votes (left/right better, "Continue with B", a tie),
// direct-chat inline ratings and "Dislike this response", then the options count, the exports and reloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersFor, expectControls, rateUp, serveSites, Session, sortRows } from './sites';

const PAGES = {
  battle: 'https://lmarena.ai/c/8d3f2a10-4b5c-4d6e-9f70-1a2b3c4d5e6f',
  continued: 'https://arena.ai/c/9e4f3b21-5c6d-4e7f-8a91-2b3c4d5e6f70',
  direct: 'https://lmarena.ai/c/af504c32-6d7e-4f80-9ba2-3c4d5e6f7081',
};

// What LMArena's own code does after a vote: the vote bar gives way to the two model names.
const BEHAVIOUR = `
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  const bar = button && button.parentElement;
  if (!bar || !/better|tie|bad|continue with|skip/i.test((button.getAttribute('aria-label') || button.textContent || ''))) return;
  const names = document.createElement('div');
  names.textContent = 'Model A: alpha-large · Model B: beta-mini';
  bar.replaceWith(names);
});
`;

const serve = serveSites([
  { url: PAGES.battle, file: 'lmarena-battle.html', script: BEHAVIOUR },
  { url: PAGES.continued, file: 'lmarena-battle-continue.html', script: BEHAVIOUR },
  { url: PAGES.direct, file: 'lmarena-direct.html', script: BEHAVIOUR },
]);

const RECURSION = {
  prompt: 'Explain recursion to a five-year-old',
  left: 'Imagine a set of nesting dolls: to find the smallest, you open one doll, then the doll inside it, until there is no doll left.',
  right: 'Recursion is when a function calls itself.',
};
const EXPECTED_TRL = [
  { prompt: RECURSION.prompt, chosen: RECURSION.left, rejected: RECURSION.right, weight: 1, source: 'battle', site: 'lmarena' },
  { prompt: 'Why?', chosen: 'You can see results instantly.', rejected: 'Its syntax reads like English.', weight: 1, source: 'battle', site: 'lmarena' },
];
const EXPECTED_KTO = [
  { prompt: 'Give me a synonym for happy', completion: '**Joyful.**', label: true, weight: 0.7, source: 'inline', site: 'lmarena' },
  { prompt: 'Another one?', completion: 'Content.', label: false, weight: 0.7, source: 'vendor', site: 'lmarena' },
];


describe.each(browsersFor(serve))('LMArena end to end in $name', ({ launch }) => {
  const s = new Session();
  beforeAll(() => s.open(launch));
  afterAll(() => s.close());

  /** Clicks the button whose text contains `text` (vote buttons carry only text). */
  async function clickButton(text: string) {
    const index = await s.chat.evaluate((t) => Array.from(document.querySelectorAll('button')).findIndex((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').includes(t)), text);
    expect(index, `a button "${text}"`).toBeGreaterThanOrEqual(0);
    await s.chat.click({ css: 'button', index });
  }

  it('battle: "Left is Better" is a choice for A; no inline control on battle sides', async () => {
    await s.options.goto(s.optionsUrl);
    expect(await s.shownCount()).toBe(0);
    await s.chat.goto(PAGES.battle);
    await expectControls(s.chat, [], 'no inline control on a battle');
    await clickButton('Left is Better');
    await s.waitForCount(1);
  });

  it('battle: a tie is recorded but exported as no preference; arena.ai "Continue with B"', async () => {
    await s.chat.goto(PAGES.battle);
    await clickButton('tie');
    await s.waitForCount(2);
    await s.chat.goto(PAGES.continued);
    await clickButton('Skip');
    await s.chat.reload();
    await clickButton('Continue with B');
    await s.waitForCount(3);
  });

  it('direct chat: inline rating and "Dislike this response"', async () => {
    await s.chat.goto(PAGES.direct);
    await expectControls(s.chat, ['none', 'none'], 'a control under each direct-chat response');
    await s.chat.click(rateUp(0));
    await s.chat.click({ css: '[aria-label="Dislike this response"]', index: 1 });
    await expectControls(s.chat, ['up', 'none'], 'inline state (the vendor thumb is not an inline rating)');
    await s.waitForCount(5);
  });

  it('exports battles as TRL pairs (tie left out) and thumbs as KTO; reloads duplicate nothing', async () => {
    expect(sortRows(await s.exported('export-trl'))).toEqual(sortRows(EXPECTED_TRL));
    expect(sortRows(await s.exported('export-kto'))).toEqual(sortRows(EXPECTED_KTO));
    await s.chat.reload();
    await expectControls(s.chat, ['up', 'none'], 'stored state after reload');
    await s.options.reload();
    expect(await s.shownCount()).toBe(5);
    s.expectNoOutbound();
  });
});
