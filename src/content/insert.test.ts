// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composerText, insertAtStart } from './insert';

describe('insert into a textarea composer', () => {
  it('puts the block before the draft through the native setter and fires input', () => {
    document.body.replaceChildren();
    const ta = document.createElement('textarea');
    ta.value = 'my draft question';
    document.body.append(ta);
    const seen: string[] = [];
    ta.addEventListener('input', () => seen.push(ta.value));
    expect(insertAtStart(ta, 'Keep it short.')).toEqual({ ok: true, mode: 'textarea' });
    expect(ta.value).toBe('Keep it short.\n\nmy draft question');
    expect(seen).toEqual(['Keep it short.\n\nmy draft question']);
    expect(composerText(ta)).toBe(ta.value);
  });

  it('refuses an element that is not editable', () => {
    const div = document.createElement('div');
    expect(insertAtStart(div, 'x')).toEqual({ ok: false, reason: 'the composer is not editable' });
  });
});
