// End to end on ChatGPT, in Chromium and in Firefox ESR: the built extension (dist/chrome, dist/firefox) is
// loaded into a fresh profile, ChatGPT pages are served from saved fixtures (with page behaviours injected:
// SPA navigation, virtualization, the A/B comparison replaced on click, streaming that finishes), and a user
// clicks the way a person does. Then the options page's count, the exported files, reloads, the popup and
// "delete all" are checked. The steps of one browser share one profile and run in order; each step states the
// exact judgments it adds, and the totals are checked against the sum.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holds, poll, type Driver, type Tab, type Target } from './harness/driver';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { vendorHostsIn } from './harness/proxy';
import { conv, LEGACY_ORIGIN, serveChatGPT, url } from './fixtures';
import { parseExportJsonl, sortRows } from './sites';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const browsers = [
  { name: 'chromium', launch: () => launchChromium({ dist: path.join(root, 'dist/chrome'), serve: serveChatGPT }) },
  { name: 'firefox', launch: () => launchFirefox({ dist: path.join(root, 'dist/firefox'), serve: serveChatGPT }) },
] as const;

// ---- the page contract ----------------------------------------------------------------------------------------

const RATING = '[data-attune="rating"]';
const rateUp = (index: number): Target => ({ css: RATING, index, shadow: '[data-attune="rate-up"]' });
const rateDown = (index: number): Target => ({ css: RATING, index, shadow: '[data-attune="rate-down"]' });
type Shown = 'up' | 'down' | 'none';

interface ControlState {
  /** The turn container the control sits in (its data-testid / data-turn-key / data-content-search-turn-key). */
  turn: string | null;
  shown: Shown | 'invalid';
}

/** In-page: every rating control, where it is and what it shows. */
function readControls(): ControlState[] {
  const turnSel = '[data-testid^="conversation-turn-"], [data-turn-key], [data-content-search-turn-key]';
  return Array.from(document.querySelectorAll('[data-attune="rating"]')).map((host) => {
    const turn = host.closest(turnSel);
    const root = host.shadowRoot;
    const up = root?.querySelector('button[data-attune="rate-up"]')?.getAttribute('aria-pressed');
    const down = root?.querySelector('button[data-attune="rate-down"]')?.getAttribute('aria-pressed');
    const shown = up === 'true' && down === 'false' ? 'up' : up === 'false' && down === 'true' ? 'down' : up === 'false' && down === 'false' ? 'none' : 'invalid';
    return {
      turn: turn ? (turn.getAttribute('data-testid') ?? turn.getAttribute('data-turn-key') ?? turn.getAttribute('data-content-search-turn-key')) : null,
      shown,
    };
  });
}

/** Waits until the page shows exactly these controls (turn → state), in document order. */
async function expectControls(tab: Tab, expected: [turn: string, shown: Shown][], what: string): Promise<void> {
  const want = expected.map(([turn, shown]) => ({ turn, shown }));
  try {
    await poll(what, async () => JSON.stringify(await tab.evaluate(readControls, null)) === JSON.stringify(want), { timeout: 15_000 });
  } catch {
    expect(await tab.evaluate(readControls, null), what).toEqual(want);
  }
}

/** Asserts the controls keep showing exactly this for `ms` (for "nothing may happen" claims). */
async function controlsHold(tab: Tab, expected: [turn: string, shown: Shown][], ms: number, what: string): Promise<void> {
  const want = JSON.stringify(expected.map(([turn, shown]) => ({ turn, shown })));
  await holds(what, async () => JSON.stringify(await tab.evaluate(readControls, null)) === want, ms);
}

// ---- expected records -----------------------------------------------------------------------------------------

const P = {
  sort1: 'How do I sort a list of dicts by a key in Python?',
  sort2: 'And in place?',
  tea: 'Recommend a green tea for a beginner',
  lisbon: 'Plan a two-day trip to Lisbon on a budget',
  shorter: 'Make it shorter',
  haiku: 'Write a haiku about autumn rain',
  monads: 'Explain monads briefly',
};
const T = {
  sort1:
    'Use `sorted()` with a **key** function:\n\n```python\npeople = [{"name": "Ada", "age": 36}, {"name": "Alan", "age": 41}]\nby_age = sorted(people, key=lambda p: p["age"])\n```\n\n' +
    '- Pass `reverse=True` for descending order.\n- Use `operator.itemgetter("age")` for speed.',
  sort2: '### In place\n\nCall `list.sort()` with the same key: `people.sort(key=lambda p: p["age"])`. It returns *None* and changes the list itself.',
  tea: 'Try a **sencha**: brew it at 70 °C for one minute.\n\nMarkup in an answer stays text: <img src=x onerror="document.title=\'pwned\'">',
  lisbon:
    '## Day 1\n\n1. Alfama walk and the **Miradouro** viewpoints.\n2. Tram 28 early, before the queues.\n\n## Day 2\n\n' +
    '| Place | Cost |\n| --- | --- |\n| Belém tower | €8 |\n| LX Factory | free |\n\nSee [Visit Lisboa](https://www.visitlisboa.com/) for passes.',
  shorter: 'Day 1: Alfama and Tram 28. Day 2: Belém and LX Factory. Budget about €60.',
  haiku1: 'Cold rain on maples\neach leaf lets go of summer\npuddles hold the sky',
  haiku2: 'Autumn rain is wet. It falls on the ground. The end.',
  monads: 'A monad is a way to chain computations that carry context, using `bind` to pass each result on.',
};

interface KtoLine {
  prompt: string;
  completion: string;
  label: boolean;
  weight: number;
  source: string;
  site: string;
}
const kto = (prompt: string, completion: string, label: boolean, source: 'inline' | 'vendor'): KtoLine => ({
  prompt,
  completion,
  label,
  weight: 0.7,
  source,
  site: 'chatgpt',
});
const EXPECTED_KTO: KtoLine[] = [
  kto(P.sort1, T.sort1, true, 'inline'),
  kto(P.sort2, T.sort2, false, 'inline'),
  kto(P.sort1, T.sort1, true, 'vendor'),
  kto(P.sort2, T.sort2, false, 'vendor'),
  kto(P.tea, T.tea, true, 'inline'),
  kto(P.lisbon, T.lisbon, true, 'inline'),
  kto(P.shorter, T.shorter, true, 'vendor'),
  kto(P.shorter, T.shorter, false, 'inline'),
  kto(P.monads, T.monads, false, 'inline'),
];
const EXPECTED_TRL = [{ prompt: P.haiku, chosen: T.haiku1, rejected: T.haiku2, weight: 1, source: 'comparison', site: 'chatgpt' }];
const EXPECTED_TOTAL = EXPECTED_KTO.length + EXPECTED_TRL.length;
const EXPECTED_RESPONSE_KEYS = [
  'chatgpt:b1c2d3e4-asst-0001',
  'chatgpt:b1c2d3e4-asst-0002',
  'chatgpt:c3d4e5f6-asst-0101',
  'chatgpt:m-asst-0101',
  'chatgpt:m-asst-0103',
  'chatgpt:cmp-chosen-2',
  'chatgpt:cmp-chosen-1',
  'chatgpt:a-s-1',
];


// ---- the scenario, once per browser ---------------------------------------------------------------------------

describe.each(browsers)('ChatGPT end to end in $name', ({ launch }) => {
  let driver: Driver;
  let chat: Tab;
  let options: Tab;
  let optionsUrl = '';
  let popupUrl = '';

  /** The total shown on the options page, once it has loaded its stats. */
  async function shownCount(tab: Tab): Promise<number> {
    const text = await poll('the judgment count to load', async () => {
      const t = await tab.evaluate(() => document.querySelector('[data-attune="judgment-count"]')?.textContent ?? null, null);
      return t !== null && t !== '…' ? t : undefined;
    });
    expect(text).toMatch(/^\d+$/);
    return Number(text);
  }

  /** Reloads the options page until it shows `n` judgments (writes are asynchronous); fails if it never does. */
  async function waitForCount(n: number): Promise<void> {
    let last = -1;
    try {
      await poll(`the options page to show ${n} judgments`, async () => {
        await options.goto(optionsUrl);
        last = await shownCount(options);
        return last === n;
      }, { timeout: 20_000, interval: 100 });
    } catch {
      expect(last, 'judgment count on the options page').toBe(n);
    }
  }

  beforeAll(async () => {
    driver = await launch();
    optionsUrl = `${driver.extensionOrigin}/src/ui/options/index.html`;
    popupUrl = `${driver.extensionOrigin}/src/ui/popup/index.html`;
    chat = await driver.newTab();
    options = await driver.newTab();
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('starts empty', async () => {
    await options.goto(optionsUrl);
    expect(await shownCount(options)).toBe(0);
  });

  it('layout A: one control per finished response; inline up/down by mouse and keyboard; vendor thumbs', async () => {
    await chat.goto(url(conv.sorting));
    await expectControls(chat, [['conversation-turn-2', 'none'], ['conversation-turn-4', 'none']], 'a control under each finished response');

    await chat.click(rateUp(0));
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'none']], 'rate-up pressed on response 1');
    await chat.click(rateDown(1));
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'rate-down pressed on response 2');
    // The other button changes the rating; the same button again clears it.
    await chat.click(rateUp(1));
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'up']], 'response 2 changed to up');
    await chat.click(rateUp(1));
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'none']], 'response 2 cleared');
    // Keyboard: focus the up button, Tab to the down button, press Enter.
    await chat.evaluate((t) => {
      const host = document.querySelectorAll(t.css)[t.index ?? 0];
      (host?.shadowRoot?.querySelector(t.shadow ?? '') as HTMLElement | null)?.focus();
    }, rateUp(1));
    await chat.press('Tab');
    const focused = await chat.evaluate(() => {
      const host = document.activeElement;
      return host?.getAttribute('data-attune') === 'rating' ? (host.shadowRoot?.activeElement?.getAttribute('data-attune') ?? null) : null;
    }, null);
    expect(focused, 'Tab moves from rate-up to rate-down').toBe('rate-down');
    await chat.press('Enter');
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'response 2 rated down with the keyboard');

    // ChatGPT's own thumb on response 1 (recorded with source "vendor"; the private control is unaffected).
    await chat.click({ css: '[data-testid="conversation-turn-2"] button[data-testid="good-response-turn-action-button"]' });
    await waitForCount(3); // inline 1 up, inline 2 down, vendor 1 up
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'inline state after the vendor thumb');
  });

  it('ignores untrusted clicks and events from page scripts', async () => {
    await chat.evaluate(() => {
      const hosts = document.querySelectorAll('[data-attune="rating"]');
      const button = (i: number, which: string) => hosts[i]?.shadowRoot?.querySelector<HTMLElement>(`[data-attune="${which}"]`);
      button(0, 'rate-down')?.click();
      button(1, 'rate-up')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      button(1, 'rate-down')?.dispatchEvent(new PointerEvent('click', { bubbles: true, composed: true }));
      button(0, 'rate-up')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      // The site's own thumbs, clicked by script: not the user's judgment either. (Had they counted, the vendor
      // rating of response 1 would turn to down and the exact KTO export below would show it.)
      document.querySelector<HTMLElement>('[data-testid="conversation-turn-2"] button[data-testid="bad-response-turn-action-button"]')?.click();
      document.querySelector('[data-testid="conversation-turn-2"] button[data-testid="bad-response-turn-action-button"]')
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }, null);
    await controlsHold(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 600, 'forged events change nothing');
    // A trusted click afterwards is the barrier: once it is counted, anything forged before it would be too.
    await chat.click({ css: '[data-testid="conversation-turn-4"] button[data-testid="bad-response-turn-action-button"]' });
    await waitForCount(4); // + vendor 2 down; nothing forged
  });

  it('SPA navigation between conversations: controls re-appear with the stored state, no duplicates', async () => {
    await chat.click({ css: 'nav a[data-testid="nav-other"]' });
    await poll('the URL to change by pushState', async () => (await chat.evaluate(() => location.pathname, null)) === `/c/${conv.tea}`);
    await expectControls(chat, [['conversation-turn-2', 'none']], 'a control on the tea conversation');
    await chat.click(rateUp(0));
    await expectControls(chat, [['conversation-turn-2', 'up']], 'tea response rated up');

    // Back (popstate) renders the first thread again from scratch.
    await chat.evaluate(() => history.back(), null);
    await poll('the URL to go back', async () => (await chat.evaluate(() => location.pathname, null)) === `/c/${conv.sorting}`);
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'stored state after going back');
    // And forward again through the sidebar link.
    await chat.click({ css: 'nav a[data-testid="nav-other"]' });
    await expectControls(chat, [['conversation-turn-2', 'up']], 'stored state on the tea conversation again');
    await chat.click({ css: `nav a[href="/c/${conv.sorting}"]` });
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'stored state on the sorting conversation again');
    const renders = await chat.evaluate(() => (window as unknown as { __attuneFixture: { state: { renders: number } } }).__attuneFixture.state.renders, null);
    expect(renders, 'navigation happened inside the page, without reloads').toBe(4);
    await waitForCount(5); // + inline tea up
  });

  it('virtualization: unmounted turns come back with one control and the stored state', async () => {
    type Fixture = { __attuneFixture: { unmount(sel: string, o?: { fresh: boolean }): number; remount(): number } };
    // Fresh nodes (what React renders when a turn scrolls back into view).
    expect(await chat.evaluate(() => (window as unknown as Fixture).__attuneFixture.unmount('[data-testid="conversation-turn-2"], [data-testid="conversation-turn-4"]'), null)).toBe(2);
    await expectControls(chat, [], 'no controls while the turns are unmounted');
    expect(await chat.evaluate(() => (window as unknown as Fixture).__attuneFixture.remount(), null)).toBe(2);
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'controls back on fresh nodes');
    // The same nodes, detached and attached again (their controls come with them and must not double).
    expect(await chat.evaluate(() => (window as unknown as Fixture).__attuneFixture.unmount('[data-testid="conversation-turn-4"]', { fresh: false }), null)).toBe(1);
    await expectControls(chat, [['conversation-turn-2', 'up']], 'one control while turn 4 is detached');
    await chat.evaluate(() => (window as unknown as Fixture).__attuneFixture.remount(), null);
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'the same nodes back, one control each');
    await controlsHold(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 400, 'no control is added twice');
    // Clicking on a remounted control still works (and changes, not duplicates).
    await chat.click(rateDown(0));
    await expectControls(chat, [['conversation-turn-2', 'down'], ['conversation-turn-4', 'down']], 'response 1 changed to down after remount');
    await chat.click(rateUp(0));
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'response 1 back to up');
    await waitForCount(5);
  });

  it('layout B: inline rating and the vendor thumb (label matched case-insensitively)', async () => {
    await chat.goto(url(conv.layoutB));
    await expectControls(chat, [['t-1', 'none'], ['t-3', 'none']], 'a control under each layout B response');
    await chat.click(rateUp(0));
    await expectControls(chat, [['t-1', 'up'], ['t-3', 'none']], 'layout B response 1 rated up');
    await chat.click({ css: '[data-content-search-turn-key="t-3"] button[aria-label="good RESPONSE"]' });
    // Three quick clicks on the same button (set, clear, set) before any is acknowledged: the last one wins.
    await chat.click(rateDown(1));
    await chat.click(rateDown(1));
    await chat.click(rateDown(1));
    await expectControls(chat, [['t-1', 'up'], ['t-3', 'down']], 'quick clicks end on down');
    await waitForCount(8); // + inline B1 up, vendor B2 up, inline B2 down
    await chat.reload();
    await expectControls(chat, [['t-1', 'up'], ['t-3', 'down']], 'the stored state is the last click');
  });

  it('A/B comparison: a forged click records nothing; a real click on Response 1 records the pair', async () => {
    await chat.goto(url(conv.comparison));
    await poll('the comparison', () => chat.evaluate(() => document.querySelectorAll('.comparison-root button').length === 2, null));
    expect(await chat.evaluate(readControls, null), 'no control on an unfinished comparison').toEqual([]);
    // A page script "choosing" Response 2: the page replaces the comparison, but nothing may be recorded.
    await chat.evaluate(() => document.querySelector<HTMLElement>('[data-side="2"] button')?.click(), null);
    await expectControls(chat, [['conversation-turn-2', 'none']], 'the page replaced the comparison with the chosen turn');
    await chat.reload();
    await poll('the comparison after reload', () => chat.evaluate(() => document.querySelectorAll('.comparison-root button').length === 2, null));

    await chat.click({ css: '[data-side="1"] button' });
    expect(await chat.evaluate(() => (window as unknown as { __attuneFixture: { state: { chosen: string } } }).__attuneFixture.state.chosen, null)).toBe('1');
    await expectControls(chat, [['conversation-turn-2', 'none']], 'a control on the turn that replaced the comparison');
    await waitForCount(9); // + the pairwise choice
  });

  it('streaming: no control until the response finishes', async () => {
    await chat.goto(url(conv.streaming));
    await poll('the streaming page', () => chat.evaluate(() => !!document.querySelector('.result-streaming'), null));
    await controlsHold(chat, [], 700, 'no control while streaming');
    await chat.evaluate(() => (window as unknown as { __attuneFixture: { stream(t: string): void } }).__attuneFixture.stream(' computations…'), null);
    await controlsHold(chat, [], 700, 'still no control while more text streams in');
    await chat.evaluate(() => (window as unknown as { __attuneFixture: { finishStreaming(): void } }).__attuneFixture.finishStreaming(), null);
    await expectControls(chat, [['conversation-turn-2', 'none']], 'a control once the response finished');
    // Where the browser lets us, put the background to sleep first: the click must still be stored.
    await driver.stopBackground?.();
    await chat.click(rateDown(0));
    await expectControls(chat, [['conversation-turn-2', 'down']], 'finished response rated down');
    await waitForCount(EXPECTED_TOTAL);
  });

  it('the page origin holds no Attune data', async () => {
    const storage = await chat.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((d) => d.name) : [],
      cookies: document.cookie,
    }), null);
    expect(storage).toEqual({ local: 0, session: 0, idb: [], cookies: '' });
  });

  it('options page: exact count and exact KTO, TRL and JSON exports', async () => {
    await options.goto(optionsUrl);
    expect(await shownCount(options)).toBe(EXPECTED_TOTAL);
    // Recent judgments show captured text as text: the markup in the tea answer is not parsed.
    await poll('the recent judgments list', () => options.evaluate((n) => document.querySelectorAll('[data-attune="recent"] tr').length === n, EXPECTED_TOTAL));
    const recent = await options.evaluate(() => {
      const table = document.querySelector('[data-attune="recent"]');
      return { imgs: table?.querySelectorAll('img').length ?? -1, text: table?.textContent ?? '', title: document.title };
    }, null);
    expect(recent.imgs).toBe(0);
    expect(recent.text).toContain('<img src=x onerror=');
    expect(recent.title).not.toBe('pwned');

    const ktoFile = await options.download({ css: '[data-attune="export-kto"]' });
    expect(ktoFile.name).toMatch(/^attune-thumbs-kto-\d{4}-\d{2}-\d{2}\.jsonl$/);
    expect(sortRows(parseExportJsonl(ktoFile.text))).toEqual(sortRows(EXPECTED_KTO));

    const trlFile = await options.download({ css: '[data-attune="export-trl"]' });
    expect(trlFile.name).toMatch(/^attune-choices-trl-\d{4}-\d{2}-\d{2}\.jsonl$/);
    expect(parseExportJsonl(trlFile.text)).toEqual(EXPECTED_TRL);

    const jsonFile = await options.download({ css: '[data-attune="export-json"]' });
    expect(jsonFile.name).toMatch(/^attune-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(jsonFile.text) as {
      format: string;
      version: number;
      judgments: { id: string; kind: string; conversationId: string | null; responseKey?: string; source: string; model?: string | null }[];
      responses: { key: string; conversationId: string | null; text: string; prompt: string }[];
    };
    expect(backup.format).toBe('attune-backup');
    expect(backup.version).toBe(1);
    expect(backup.judgments).toHaveLength(EXPECTED_TOTAL);
    expect(new Set(backup.judgments.map((j) => j.id)).size, 'judgment ids are unique').toBe(EXPECTED_TOTAL);
    expect(backup.responses.map((r) => r.key).sort()).toEqual([...EXPECTED_RESPONSE_KEYS].sort());
    // Conversation ids come from the URL at the time of the judgment (SPA navigation included).
    const conversationOf = (key: string) => backup.responses.find((r) => r.key === key)?.conversationId;
    expect(conversationOf('chatgpt:b1c2d3e4-asst-0001')).toBe(conv.sorting);
    expect(conversationOf('chatgpt:c3d4e5f6-asst-0101')).toBe(conv.tea);
    expect(conversationOf('chatgpt:m-asst-0101')).toBe(conv.layoutB);
    expect(conversationOf('chatgpt:a-s-1')).toBe(conv.streaming);
    const tea = backup.judgments.find((j) => j.responseKey === 'chatgpt:c3d4e5f6-asst-0101');
    expect(tea?.conversationId).toBe(conv.tea);
    expect(tea?.model).toBe('gpt-5');
    const choice = backup.judgments.find((j) => j.kind === 'choice');
    expect(choice?.conversationId).toBe(conv.comparison);
    expect(backup.responses.find((r) => r.key === 'chatgpt:a-s-1')?.text, 'the final text, not a streaming prefix').toBe(T.monads);
  });

  it('reloading the chat pages and the options page duplicates nothing', async () => {
    await chat.goto(url(conv.sorting));
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'layout A state from the store');
    await chat.reload();
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'layout A state after reload');
    await chat.goto(url(conv.tea)); // a deep link to the conversation reached by SPA navigation before
    await expectControls(chat, [['conversation-turn-2', 'up']], 'tea state from the store');
    await chat.goto(url(conv.layoutB));
    await expectControls(chat, [['t-1', 'up'], ['t-3', 'down']], 'layout B state from the store');
    await chat.reload();
    await expectControls(chat, [['t-1', 'up'], ['t-3', 'down']], 'layout B state after reload');
    // The same conversation on the legacy host: same message ids, so the same stored state and no new records.
    await chat.goto(`${LEGACY_ORIGIN}/c/${conv.sorting}`);
    await expectControls(chat, [['conversation-turn-2', 'up'], ['conversation-turn-4', 'down']], 'state on chat.openai.com');
    await chat.goto(url(conv.comparison));
    await poll('the comparison', () => chat.evaluate(() => document.querySelectorAll('.comparison-root button').length === 2, null));
    await chat.goto(url(conv.streaming));
    await controlsHold(chat, [], 500, 'the streaming page streams again, no control');

    await options.goto(optionsUrl);
    expect(await shownCount(options)).toBe(EXPECTED_TOTAL);
    await options.reload();
    expect(await shownCount(options)).toBe(EXPECTED_TOTAL);
    const again = parseExportJsonl((await options.download({ css: '[data-attune="export-kto"]' })).text);
    expect(sortRows(again)).toEqual(sortRows(EXPECTED_KTO));
  });

  it('popup shows the same count', async () => {
    const popup = await driver.newTab();
    await popup.goto(popupUrl);
    expect(await shownCount(popup)).toBe(EXPECTED_TOTAL);
    const status = await poll('the site status', async () => {
      const el = await popup.evaluate(() => {
        const s = document.querySelector('[data-attune="site-status"]');
        return s ? { kind: s.getAttribute('data-status'), text: s.textContent ?? '' } : null;
      }, null);
      return el && el.text && el.text !== '…' && el.kind !== 'pending' ? el : undefined;
    });
    // Opened as a tab, the popup's "current tab" is itself: not an assistant site.
    expect(status.text).toMatch(/not a supported assistant/i);
    if (status.kind !== null) expect(status.kind).toBe('unsupported');
    await popup.close();
  });

  it('delete all (with confirmation) leaves nothing', async () => {
    await options.goto(optionsUrl);
    expect(await shownCount(options)).toBe(EXPECTED_TOTAL);
    // The recent list renders after the count and moves the button down: wait for the page to settle.
    await poll('the recent judgments list', () => options.evaluate((n) => document.querySelectorAll('[data-attune="recent"] tr').length === n, EXPECTED_TOTAL));
    await options.click({ css: '[data-attune="delete-all"]' });
    await options.click({ css: '[data-attune="delete-confirm"]' });
    await poll('the count to drop to 0', async () => (await shownCount(options)) === 0);
    await options.reload();
    expect(await shownCount(options)).toBe(0);
    expect((await options.download({ css: '[data-attune="export-kto"]' })).text).toBe('');

    await chat.goto(url(conv.sorting));
    await expectControls(chat, [['conversation-turn-2', 'none'], ['conversation-turn-4', 'none']], 'no stored state after delete');
    const popup = await driver.newTab();
    await popup.goto(popupUrl);
    expect(await shownCount(popup)).toBe(0);
    await popup.close();
  });

  it('made no network request outside the fixtures', async () => {
    // Nothing was aborted by the interception, and nothing reached the recording proxy (the browser's own
    // service traffic aside — and the build names none of those hosts, so that exclusion hides nothing).
    expect(driver.outbound()).toEqual([]);
    expect(vendorHostsIn(driver.build)).toEqual([]);
    // Everything served was a page the test navigated to (the extension fetched nothing from the site).
    const extra = driver.served().filter((r) => !(r.type === 'document' || (r.type === 'other' && /\/favicon\.ico$/.test(r.url))));
    expect(extra).toEqual([]);

    // The extension's own pages loaded nothing from outside the extension.
    for (const page of [optionsUrl, popupUrl]) {
      await options.goto(page);
      await shownCount(options);
      const foreign = await options.evaluate(
        (origin) => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith(`${origin}/`)),
        driver.extensionOrigin,
      );
      expect(foreign, `resources of ${page}`).toEqual([]);
    }

    // Canaries, to show the recording works: a page's fetch is caught by the interception, and a WebSocket —
    // which the interception does not see, like a background's traffic — still reaches the recording proxy.
    await chat.evaluate(() => fetch('https://canary.example/from-page').then(() => 'answered', () => 'failed'), null);
    await poll('the page canary to be recorded', () => driver.outbound().some((l) => l.includes('https://canary.example/from-page')));
    await chat.evaluate(() => {
      const ws = new WebSocket('wss://canary-ws.example/socket');
      ws.onerror = () => ws.close();
    }, null);
    // (Chromium's routing lets it through to the proxy; Firefox's BiDi interception catches the handshake.)
    await poll('the WebSocket canary to be recorded', () => driver.outbound().some((l) => l.includes('canary-ws.example')));
    expect(driver.proxyTraffic().length, 'the recording proxy is in the path of the browser\'s traffic').toBeGreaterThan(0);
    if (driver.backgroundEvaluate) {
      // The background cannot open a connection at all (extension CSP: connect-src 'none').
      const result = await driver.backgroundEvaluate(() =>
        fetch('https://canary-bg.example/from-background').then(() => 'answered', (e: unknown) => `refused: ${String(e)}`),
      );
      expect(result).toMatch(/^refused/);
      expect(driver.outbound().filter((l) => l.includes('canary-bg'))).toEqual([]);
    }
  });
});
