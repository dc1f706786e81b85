// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHealthMonitor } from './health';
import { claude } from '../sites/claude';
import { loadFixture } from '../sites/fixtures';
import type { SiteAdapter } from '../sites/adapter';

const CHAT = 'https://claude.ai/chat/0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b';

describe('adapter health', () => {
  it('reports working on a healthy conversation page, once', () => {
    const doc = loadFixture('claude-current.html', CHAT);
    const monitor = createHealthMonitor(claude, doc, () => 1000);
    expect(monitor.check().report).toEqual({ site: 'claude', status: 'working', missing: [], url: CHAT, checkedAt: 1000 });
    expect(monitor.check().report).toBeNull();
    expect(monitor.check(true).report?.status).toBe('working');
  });

  it('reports degraded only after something stayed missing for the grace period, naming it', () => {
    const doc = loadFixture('claude-current.html', CHAT);
    let t = 0;
    const monitor = createHealthMonitor(claude, doc, () => t, 10_000);
    monitor.check();
    for (const b of doc.querySelectorAll('[aria-label="Good response"], [aria-label="Bad response"]')) b.remove();
    t = 1_000;
    expect(monitor.check()).toEqual({ report: null, recheckInMs: 10_000 });
    t = 11_000;
    expect(monitor.check().report).toMatchObject({ status: 'degraded', missing: ['feedback buttons'] });
    doc.querySelector('[data-testid="chat-input"]')!.remove();
    t = 30_000;
    expect(monitor.check()).toEqual({ report: null, recheckInMs: 10_000 }); // unchanged: the composer is still in its grace period
    t = 41_000;
    expect(monitor.check().report).toMatchObject({ status: 'degraded', missing: ['feedback buttons', 'message box'] });
  });

  it('says "not a conversation page" elsewhere on the site', () => {
    const doc = loadFixture('claude-current.html', 'https://claude.ai/new');
    expect(createHealthMonitor(claude, doc, () => 5).check().report).toMatchObject({ status: 'not-conversation', missing: [] });
  });

  it('counts an adapter that throws as missing everything, without throwing itself', () => {
    const doc = loadFixture('claude-current.html', CHAT);
    const broken: SiteAdapter = { ...claude, selfCheck: () => { throw new Error('boom'); } };
    let t = 0;
    const monitor = createHealthMonitor(broken, doc, () => t, 100);
    expect(monitor.check().report).toMatchObject({ status: 'working' });
    t = 200;
    expect(monitor.check().report).toMatchObject({ status: 'degraded', missing: ['responses', 'feedback buttons', 'message box'] });
  });
});
