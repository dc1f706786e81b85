// `npm run bench:exchange`: 100,000 judgments through the built extension's options page in Chromium —
// import (check + one-transaction merge) ≤ 5 s and full backup export ≤ 3 s — with memory and the longest
// main-thread stall (the UI must stay responsive). Drives the real UI: file input, confirm, export button.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { sampleJudgments, sampleResponses } from '../src/export/sample';
import { toBackup } from '../src/export/formats';
import { extensionArgs } from '../tests/e2e/harness/chromium';

const N = Number(process.env.ATTUNE_BENCH_N ?? 100_000);
const TARGET = { exportMs: 3000, importMs: 5000 };
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist/chrome');
const chromiumPath = process.env.ATTUNE_CHROMIUM ?? '/usr/bin/chromium';

/** Builds dist/chrome first (the benchmark measures the code as it is now), unless ATTUNE_BENCH_NO_BUILD=1. */
function ensureBuild(): void {
  if (process.env.ATTUNE_BENCH_NO_BUILD === '1' && existsSync(path.join(dist, 'manifest.json'))) return;
  console.log('building dist/chrome …');
  execFileSync('npm', ['run', '--silent', 'build:chrome'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function metric(cdp: import('playwright-core').CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}
const heap = (_page: Page, cdp: import('playwright-core').CDPSession) => metric(cdp, 'JSHeapUsedSize');
/** Seconds the page's main thread was busy (CDP TaskDuration): less sensitive than wall time to a busy machine. */
const busy = (cdp: import('playwright-core').CDPSession) => metric(cdp, 'TaskDuration');

/**
 * Samples the JS heap of the page's dedicated workers (the import runs in one) every 100 ms through CDP, and keeps
 * the peak. CDP's page session reaches workers only as attached targets, so this talks to them by message.
 */
async function workerHeapSampler(cdp: import('playwright-core').CDPSession): Promise<{ take: () => number; stop: () => void }> {
  const sessions = new Set<string>();
  const pending = new Map<number, (used: number) => void>();
  let next = 1;
  cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === 'worker') sessions.add(e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e: { sessionId: string }) => void sessions.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (m.id !== undefined) pending.get(m.id)?.(m.result?.usedSize ?? 0);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let peak = 0;
  const sample = () => {
    for (const sessionId of sessions) {
      const id = next++;
      pending.set(id, (used) => {
        pending.delete(id);
        peak = Math.max(peak, used);
      });
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => pending.delete(id));
    }
  };
  const timer = setInterval(sample, 100);
  return {
    /** The peak since the last take. */
    take: () => {
      const p = peak;
      peak = 0;
      return p;
    },
    stop: () => clearInterval(timer),
  };
}

/** Starts an in-page probe of the longest gap between 16 ms timer ticks (a stalled main thread). */
const startStallProbe = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __stall: { max: number; timer: number } };
    let last = performance.now();
    w.__stall = { max: 0, timer: 0 };
    w.__stall.timer = window.setInterval(() => {
      const now = performance.now();
      w.__stall.max = Math.max(w.__stall.max, now - last);
      last = now;
    }, 16);
  });
const stopStallProbe = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __stall: { max: number; timer: number } };
    clearInterval(w.__stall.timer);
    return Math.round(w.__stall.max);
  });

/**
 * The browser's own floor on this machine: raw IndexedDB puts (one transaction, same value size and two indexes,
 * like the judgments store) and one getAll, on a scratch database in the same page. Written as a string so the
 * bundler's helpers do not leak into page code.
 */
async function rawIndexedDbFloor(page: Page, n: number, valueChars: number): Promise<{ putMs: number; getAllMs: number }> {
  const code = `(async () => {
    const db = await new Promise((res, rej) => { const q = indexedDB.open('attune-bench-floor-' + Math.random(), 1); q.onupgradeneeded = () => { const s = q.result.createObjectStore('s', { keyPath: 'id' }); s.createIndex('a', 'updatedAt'); s.createIndex('b', 'site'); }; q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
    const text = 'x'.repeat(${valueChars});
    let t0 = performance.now();
    await new Promise((res, rej) => { const tx = db.transaction('s', 'readwrite', { durability: 'relaxed' }); const s = tx.objectStore('s'); for (let i = 0; i < ${n}; i++) s.put({ id: 'k' + i, updatedAt: i, site: 'chatgpt', text: text + i }); tx.oncomplete = () => res(); tx.onerror = () => rej(tx.error); });
    const putMs = performance.now() - t0;
    t0 = performance.now();
    await new Promise((res) => { const q = db.transaction('s').objectStore('s').getAll(); q.onsuccess = () => res(); });
    const getAllMs = performance.now() - t0;
    const name = db.name; db.close(); indexedDB.deleteDatabase(name);
    return { putMs, getAllMs };
  })()`;
  return page.evaluate(code) as Promise<{ putMs: number; getAllMs: number }>;
}

async function statusMs(page: Page, name: 'import' | 'export', contains: string): Promise<number> {
  const el = page.locator(`[data-attune="${name}-status"]`, { hasText: contains });
  await el.waitFor({ timeout: 120_000 });
  if ((await el.getAttribute('data-error')) === 'true') throw new Error(`${name} failed: ${await el.textContent()}`);
  return Number(await el.getAttribute('data-ms'));
}

async function main(): Promise<number> {
  ensureBuild();
  console.log(`exchange benchmark: ${N.toLocaleString()} judgments, Chromium (${chromiumPath}); ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}`);
  const judgments = sampleJudgments(N, 2026);
  // Observed responses come with a real history (every rated answer was observed); ATTUNE_BENCH_RESPONSES=0 leaves them out.
  const responses = process.env.ATTUNE_BENCH_RESPONSES === '0' ? [] : sampleResponses(judgments);
  const file = Buffer.from(JSON.stringify(toBackup(judgments, responses)));
  console.log(`backup file: ${mb(file.byteLength)} (${judgments.length.toLocaleString()} judgments, ${responses.length.toLocaleString()} observed responses)`);

  const profile = mkdtempSync(path.join(tmpdir(), 'attune-bench-'));
  const filePath = path.join(profile, 'attune-backup-bench.json');
  writeFileSync(filePath, file);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    args: extensionArgs(dist),
  });
  let ok = true;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/src/ui/options/index.html`);
    await page.locator('[data-attune="judgment-count"]', { hasText: '0' }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapStart = await heap(page, cdp);
    const records = judgments.length + responses.length;
    const probeN = 20_000;
    const floor = await rawIndexedDbFloor(page, probeN, Math.round(file.byteLength / records));
    const floorPut = (floor.putMs / probeN) * records;
    const floorGet = (floor.getAllMs / probeN) * records;

    // ── Import: check the file, then one-transaction merge (the options page runs imports and exports in a worker:
    //    its heap is sampled too) ──
    const workerHeap = await workerHeapSampler(cdp);
    await startStallProbe(page);
    const busy0 = await busy(cdp);
    const wall0 = performance.now();
    await page.setInputFiles('[data-attune="import-file"]', filePath);
    const checkMs = await statusMs(page, 'import', 'Nothing is imported until you confirm');
    const heapChecked = await heap(page, cdp);
    await page.click('[data-attune="import-confirm"]');
    const writeMs = await statusMs(page, 'import', 'new judgments');
    const importWall = performance.now() - wall0;
    const importStall = await stopStallProbe(page);
    const importBusy = (await busy(cdp)) - busy0;
    const importMs = checkMs + writeMs;
    const workerImportPeak = workerHeap.take();
    await page.locator('[data-attune="judgment-count"]', { hasText: String(N) }).waitFor({ timeout: 30_000 });
    const stored = Number(await page.locator('[data-attune="judgment-count"]').textContent());

    // ── Full backup export ──
    await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    const heapBeforeExport = await heap(page, cdp);
    await startStallProbe(page);
    const busy1 = await busy(cdp);
    const downloadPromise = page.waitForEvent('download', { timeout: 120_000 });
    const wall1 = performance.now();
    await page.click('[data-attune="export-json"]');
    const download = await downloadPromise;
    const exportMs = await statusMs(page, 'export', 'Exported');
    const exportWall = performance.now() - wall1;
    const exportStall = await stopStallProbe(page);
    const exportBusy = (await busy(cdp)) - busy1;
    const workerExportPeak = workerHeap.take();
    workerHeap.stop();
    const heapAfterExport = await heap(page, cdp);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { judgments: unknown[]; responses: unknown[] };

    // ── Other formats, for reference ──
    const others: string[] = [];
    for (const kind of ['kto', 'trl', 'openai', 'csv'] as const) {
      const d = page.waitForEvent('download', { timeout: 120_000 });
      await page.click(`[data-attune="export-${kind}"]`);
      await d;
      others.push(`${kind} ${s(await statusMs(page, 'export', 'Exported'))}`);
    }
    const perf = (await page.evaluate(
      '(() => { const m = performance.memory; return m ? { usedJSHeapSize: m.usedJSHeapSize, totalJSHeapSize: m.totalJSHeapSize } : null; })()',
    )) as { usedJSHeapSize: number; totalJSHeapSize: number } | null;

    console.log('');
    console.log(`import   ${s(importMs)}  (check ${s(checkMs)} + write ${s(writeMs)}; wall incl. file hand-over and click ${s(importWall)}); ${stored.toLocaleString()} judgments stored; page main thread busy ${importBusy.toFixed(2)} s; longest main-thread stall ${importStall} ms`);
    console.log(`export   ${s(exportMs)}  (full backup, ${mb(statSync((await download.path())!).size)}; wall incl. click and download ${s(exportWall)}); ${exported.judgments.length.toLocaleString()} judgments + ${exported.responses.length.toLocaleString()} responses; page main thread busy ${exportBusy.toFixed(2)} s; longest stall ${exportStall} ms`);
    console.log(`other exports: ${others.join(', ')}`);
    console.log(
      `browser floor on this machine (raw IndexedDB, ${probeN.toLocaleString()} records of the same size, scaled to ${records.toLocaleString()}): ` +
        `puts ${s(floorPut)}, getAll ${s(floorGet)} — import write ${(writeMs / floorPut).toFixed(2)}× and export ${(exportMs / floorGet).toFixed(2)}× the floor`,
    );
    console.log(
      `memory (JSHeapUsedSize, CDP): page: start ${mb(heapStart)}, file checked ${mb(heapChecked)}, before export ${mb(heapBeforeExport)}, after export ${mb(heapAfterExport)}; ` +
        `worker peak: import ${workerImportPeak ? mb(workerImportPeak) : 'not seen'}, export ${workerExportPeak ? mb(workerExportPeak) : 'not seen'}` +
        (perf ? `; performance.memory used ${mb(perf.usedJSHeapSize)} of ${mb(perf.totalJSHeapSize)}` : ''),
    );
    const checks: [string, boolean][] = [
      [`import ≤ ${s(TARGET.importMs)}`, importMs <= TARGET.importMs],
      [`export ≤ ${s(TARGET.exportMs)}`, exportMs <= TARGET.exportMs],
      ['all judgments stored', stored === N],
      ['backup holds every judgment', exported.judgments.length === N && exported.responses.length === responses.length],
    ];
    console.log(`load average now ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs (wall times stretch on a busy machine)`);
    console.log('');
    for (const [what, pass] of checks) {
      console.log(`${pass ? 'PASS' : 'FAIL'}  ${what}`);
      ok &&= pass;
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
