import { describe, expect, it } from 'vitest';
import { describeSite } from './site-status';
import { claude } from '../../sites/claude';
import type { SiteHealth } from '../../shared/protocol';

const CHAT = 'https://claude.ai/chat/0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b';
const health = (h: Partial<SiteHealth>): SiteHealth => ({ site: 'claude', status: 'working', missing: [], url: CHAT, checkedAt: 1, ...h });

describe('popup site status', () => {
  it('says when the tab is not a supported assistant', () => {
    expect(describeSite(null, null, null)).toEqual({ kind: 'unsupported', text: 'This tab is not a supported assistant.' });
  });

  it('says "not a conversation page" from the URL alone', () => {
    expect(describeSite(claude, new URL('https://claude.ai/new'), health({})).kind).toBe('not-conversation');
    expect(describeSite(claude, new URL('https://claude.ai/new'), null).text).toMatch(/^Claude: not a conversation page/);
  });

  it('shows working, or degraded with what is missing', () => {
    expect(describeSite(claude, new URL(CHAT), health({})).text).toMatch(/^Claude: working/);
    const degraded = describeSite(claude, new URL(CHAT), health({ status: 'degraded', missing: ['feedback buttons'] }));
    expect(degraded.kind).toBe('degraded');
    expect(degraded.text).toMatch(/^Claude: degraded: can't find feedback buttons\./);
  });

  it('does not apply a report about another page, or no report at all', () => {
    expect(describeSite(claude, new URL(CHAT), health({ url: 'https://claude.ai/chat/other', status: 'degraded', missing: ['responses'] })).kind).toBe('unknown');
    expect(describeSite(claude, new URL(CHAT), null).kind).toBe('unknown');
  });
});
