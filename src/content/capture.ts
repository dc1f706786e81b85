// The content-script runtime for one site: watches the page, mounts private rating controls under finished
// responses, records the site's own thumbs and side-by-side choices, and sends everything to the background.
// It never throws into the page: every pass is guarded, and it stops cleanly when the extension goes away.
import type { ResponseView, SiteAdapter } from '../sites/adapter';
import type { ObservedResponse, RatingLabel } from '../shared/records';
import type { SiteHealth } from '../shared/protocol';
import type { Messenger } from './messenger';
import { createRatingControl, type RatingControl } from './rating-control';
import { createHealthMonitor } from './health';
import { createVersionTracker, type VersionSighting } from './versions';

export interface CaptureOptions {
  adapter: SiteAdapter;
  messenger: Messenger;
  doc?: Document;
  /** Debounce for DOM mutations, ms. */
  settleMs?: number;
  now?: () => number;
  /** How long something the adapter expects may be missing before the site counts as degraded, ms. */
  healthGraceMs?: number;
  /** Minimum time between two health checks, ms. */
  healthEveryMs?: number;
  /** Runs after every pass (steering re-mounts its composer control here). */
  afterScan?: () => void;
}

export interface Capture {
  /** Runs one pass now (tests; the observer calls it debounced). */
  scan(): void;
  /** The site's health as of now (the popup asks). */
  health(): SiteHealth;
  /** Stored ratings changed elsewhere (another tab, delete all): re-read these keys, or every shown one. */
  ratingsChanged(keys: readonly string[] | null): void;
  stop(): void;
}

export function startCapture(options: CaptureOptions): Capture {
  const { adapter, messenger } = options;
  const doc = options.doc ?? document;
  const now = options.now ?? Date.now;
  const settleMs = options.settleMs ?? 150;

  /** Inline labels we know, by response key (from the store or from clicks in this tab). */
  const labels = new Map<string, RatingLabel | null>();
  /** Keys whose stored label was requested, so remounted turns don't ask again. */
  const requested = new Set<string>();
  /** Controls by turn element; a turn that unmounts takes its control with it. */
  const controls = new WeakMap<HTMLElement, { key: string; control: RatingControl }>();
  const mounted = new Map<string, Set<RatingControl>>();
  /** key → text already reported as observed, so re-renders don't resend. */
  const observed = new Map<string, string>();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const versions = createVersionTracker();
  const health = createHealthMonitor(adapter, doc, now, options.healthGraceMs);
  const healthEveryMs = options.healthEveryMs ?? 2_000;
  let healthTimer: ReturnType<typeof setTimeout> | undefined;
  let lastHealthAt = -Infinity;

  const guard = (fn: () => void) => {
    try {
      if (!stopped) fn();
    } catch (error) {
      // An adapter bug must never break the site; it shows up as degraded health instead.
      console.debug('[attune]', error);
    }
  };

  const stamp = (view: ResponseView): ObservedResponse => ({ ...view.read(), observedAt: now() });

  function paint(key: string) {
    const label = labels.get(key) ?? null;
    for (const control of mounted.get(key) ?? []) control.setLabel(label);
  }

  function rate(view: ResponseView, control: RatingControl, label: RatingLabel | null) {
    const response = stamp(view);
    const previous = labels.get(response.key) ?? null;
    labels.set(response.key, label);
    paint(response.key);
    control.setBusy(true);
    messenger
      .send('rating/set', { response, source: 'inline', label })
      .catch(() => {
        labels.set(response.key, previous);
        paint(response.key);
      })
      .finally(() => control.setBusy(false));
  }

  function mount(view: ResponseView, key: string) {
    const existing = controls.get(view.turn);
    if (existing && existing.key === key && existing.control.host.isConnected) return;
    existing?.control.host.remove();
    for (const stale of view.turn.querySelectorAll('[data-attune="rating"]')) stale.remove();
    const control = createRatingControl(doc, (label) => rate(view, control, label));
    view.anchor.after(control.host);
    controls.set(view.turn, { key, control });
    let set = mounted.get(key);
    if (!set) mounted.set(key, (set = new Set()));
    for (const c of set) if (!c.host.isConnected) set.delete(c);
    set.add(control);
    control.setLabel(labels.get(key) ?? null);
  }

  function fetchLabels(keys: string[]) {
    const fresh = keys.filter((k) => !requested.has(k));
    if (fresh.length === 0) return;
    for (const k of fresh) requested.add(k);
    messenger
      .send('rating/get', { keys: fresh })
      .then(({ ratings }) => {
        for (const key of fresh) {
          if (!labels.has(key)) labels.set(key, ratings[key] ?? null);
          paint(key);
        }
      })
      .catch(() => {
        for (const k of fresh) requested.delete(k);
      });
  }

  function ratingsChanged(keys: readonly string[] | null) {
    const affected = (keys ?? [...mounted.keys()]).filter((k) => mounted.has(k) || labels.has(k));
    for (const key of affected) {
      labels.delete(key);
      requested.delete(key);
    }
    fetchLabels(affected.filter((k) => mounted.has(k)));
  }

  function scan() {
    guard(() => {
      const keys: string[] = [];
      const sightings: VersionSighting[] = [];
      const views = adapter.findResponses(doc);
      views.forEach((view, i) => {
        if (!view.finished) return;
        const response = stamp(view);
        if (!response.text) return;
        mount(view, response.key);
        keys.push(response.key);
        if (observed.get(response.key) !== response.text) {
          observed.set(response.key, response.text);
          messenger.send('response/observe', { response }).catch(() => observed.delete(response.key));
        }
        if (adapter.versionOf) sightings.push({ response, version: adapter.versionOf(view), isTail: i === views.length - 1 });
      });
      fetchLabels(keys);
      for (const choice of versions.observe(sightings)) {
        messenger.send('choice/record', { choice: { ...choice, site: adapter.id } }).catch(() => {});
      }
    });
    if (options.afterScan) guard(options.afterScan);
    checkHealth();
  }

  /** Throttled: at most one self-check per `healthEveryMs`, plus a re-check when a grace period ends. */
  function checkHealth(force = false) {
    guard(() => {
      const wait = lastHealthAt + healthEveryMs - now();
      if (wait > 0 && !force) {
        healthTimer ??= setTimeout(() => {
          healthTimer = undefined;
          checkHealth();
        }, wait);
        return;
      }
      lastHealthAt = now();
      const { report, recheckInMs } = health.check(force);
      if (report) messenger.send('health/report', { health: report }).catch(() => {});
      if (recheckInMs !== null && healthTimer === undefined) {
        healthTimer = setTimeout(() => {
          healthTimer = undefined;
          checkHealth();
        }, Math.max(recheckInMs, healthEveryMs));
      }
    });
  }

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(scan, settleMs);
  };

  // Capture phase on the document: runs before the site's own handlers, so a comparison the site replaces
  // right after the click is still there to read.
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const target = event.target;
    guard(() => {
      const vendor = adapter.vendorFeedback(target, doc);
      if (vendor && vendor.view.finished) {
        messenger.send('rating/set', { response: stamp(vendor.view), source: 'vendor', label: vendor.label }).catch(() => {});
        return;
      }
      const choice = adapter.choiceFromClick(target, doc);
      if (choice) {
        const url = new URL(doc.location.href);
        messenger
          .send('choice/record', { choice: { ...choice, site: adapter.id, conversationId: adapter.conversationId(url) } })
          .catch(() => {});
      }
    });
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-busy', 'data-is-streaming', 'class'],
  });
  doc.addEventListener('click', onClick, true);
  // SPA navigation: pushState is invisible to an isolated world, so listen to what we can and rescan.
  const win = doc.defaultView;
  const nav = (win as unknown as { navigation?: EventTarget } | null)?.navigation;
  nav?.addEventListener('currententrychange', schedule);
  win?.addEventListener('popstate', schedule);
  // The background keeps health in memory; a worker that slept has forgotten it, so report again on return.
  // Ratings may have changed in another tab meanwhile: redraw from the store.
  const onVisible = () => {
    if (doc.visibilityState !== 'visible') return;
    checkHealth(true);
    ratingsChanged(null);
  };
  doc.addEventListener('visibilitychange', onVisible);
  scan();

  function stop() {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    clearTimeout(healthTimer);
    observer.disconnect();
    doc.removeEventListener('visibilitychange', onVisible);
    doc.removeEventListener('click', onClick, true);
    nav?.removeEventListener('currententrychange', schedule);
    win?.removeEventListener('popstate', schedule);
    for (const el of doc.querySelectorAll('[data-attune="rating"]')) el.remove();
  }

  return { scan, stop, ratingsChanged, health: () => health.check(true).report! };
}
