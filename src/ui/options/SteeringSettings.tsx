// Steering: preview the block per context; pin, mute or reword learned lines; add your own lines; switch on
// "add to every message" per site. Every line shows the bounds' verdict; the fixed last line cannot be removed.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { request } from '../api';
import { adapters } from '../../sites/registry';
import { CONTEXTS, CONTEXT_DESCRIPTIONS } from '../../model/context';
import { checkInstruction } from '../../steering/bounds';
import { FIXED_LINE, type ComposeResult } from '../../steering/compose';
import type { ContextName } from '../../model/profile-types';
import type { Settings, SteeringSettings as Steering } from '../../store/settings';

const toggle = (list: readonly string[], item: string) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export function SteeringSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [context, setContext] = useState<ContextName | null>(null);
  const [preview, setPreview] = useState<ComposeResult | null>(null);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ axis: string; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const loadPreview = useCallback((ctx: ContextName | null) => {
    request('steering/preview', { context: ctx }).then(setPreview, (e: unknown) => setError(String(e)));
  }, []);

  useEffect(() => {
    request('settings/get', {}).then(({ settings: s }) => setSettings(s), (e: unknown) => setError(String(e)));
  }, []);
  useEffect(() => loadPreview(context), [context, settings, loadPreview]);

  const save = async (steering: Steering) => {
    try {
      const { settings: saved } = await request('settings/set', { settings: { ...settings!, steering } });
      setSettings(saved);
      setError(null);
    } catch (e) {
      setError(String(e));
    }
  };

  if (!settings) return <section data-attune="steering"><h2>Steering</h2><p class="muted">{error ?? 'Loading…'}</p></section>;
  const s = settings.steering;
  const draftVerdict = draft.trim() ? checkInstruction(draft.trim()) : null;

  return (
    <section data-attune="steering">
      <h2>Steering</h2>
      <p class="muted">
        Attune turns what it is confident about into a short instruction block that <em>Insert into chat</em> (popup, the
        control next to the message box, or the keyboard shortcut) puts at the start of your message. It steers style only;
        the last line is fixed and keeps accuracy, honesty and safety out of reach of any preference.
      </p>
      {error && <p class="notice" role="alert">{error}</p>}
      <div class="row">
        <label>
          Preview for{' '}
          <select data-attune="steering-context" value={context ?? ''} onChange={(e) => setContext(((e.target as HTMLSelectElement).value || null) as ContextName | null)}>
            <option value="">all conversations</option>
            {CONTEXTS.map((c) => (
              <option key={c} value={c} title={CONTEXT_DESCRIPTIONS[c]}>{c}</option>
            ))}
          </select>
        </label>
      </div>

      <table data-attune="steering-lines">
        <tbody>
          {preview?.lines.map((line) => {
            const axis = line.axes.length === 1 ? line.axes[0]! : null;
            return (
              <tr key={line.id} data-line={line.id} data-source={line.source}>
                <td>
                  {editing && axis && editing.axis === axis ? (
                    <form onSubmit={(e) => { e.preventDefault(); void save({ ...s, edits: { ...s.edits, [axis]: editing.text } }); setEditing(null); }}>
                      <input aria-label="Your wording" value={editing.text} maxLength={300} size={60} onInput={(e) => setEditing({ axis, text: (e.target as HTMLInputElement).value })} />
                      <button type="submit">Save</button>
                    </form>
                  ) : (
                    line.text
                  )}
                  {line.softened && <div class="muted">Bounded: you wrote “{line.softened.original}”.</div>}
                </td>
                <td class="muted">{line.source === 'fixed' ? 'always last' : line.source}{line.edited ? ', your wording' : ''}{line.pinned ? ', pinned' : ''}</td>
                <td>
                  {axis && line.source === 'learned' && (
                    <div class="row">
                      <button data-attune="pin" aria-pressed={s.pinnedAxes.includes(axis)} onClick={() => void save({ ...s, pinnedAxes: toggle(s.pinnedAxes, axis) })}>{s.pinnedAxes.includes(axis) ? 'Unpin' : 'Pin'}</button>
                      <button data-attune="mute" onClick={() => void save({ ...s, mutedAxes: toggle(s.mutedAxes, axis) })}>Mute</button>
                      <button data-attune="edit" onClick={() => setEditing({ axis, text: line.text })}>Edit</button>
                      {s.edits[axis] !== undefined && <button onClick={() => { const { [axis]: _, ...rest } = s.edits; void save({ ...s, edits: rest }); }}>Reset wording</button>}
                    </div>
                  )}
                  {line.source === 'custom' && (
                    <button data-attune="remove-custom" onClick={() => void save({ ...s, customLines: s.customLines.filter((_, i) => `custom:${i}` !== line.id) })}>Remove</button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {preview && preview.lines.length === 1 && <p class="muted" data-attune="steering-empty">Nothing confident yet for this context: only the fixed line would be sent, so Attune inserts nothing.</p>}

      {preview && preview.excluded.length > 0 && (
        <>
          <h3>Left out</h3>
          <ul data-attune="steering-excluded">
            {preview.excluded.map((x) => (
              <li key={x.id} data-cause={x.cause}>
                “{x.text}” — {x.cause === 'blocked' ? `blocked: ${x.reason ?? 'outside the safety bounds'}` : x.cause === 'too-long' ? 'over the length budget' : x.cause}
                {x.cause === 'muted' && x.axes[0] && <button onClick={() => void save({ ...s, mutedAxes: s.mutedAxes.filter((a) => a !== x.axes[0]) })}>Unmute</button>}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview && preview.bounded.length > 0 && (
        <ul data-attune="steering-bounded">
          {preview.bounded.map((b) => (
            <li key={b.axis}><strong>bounded</strong> {b.axis}: {b.reason}</li>
          ))}
        </ul>
      )}

      <h3>Your own style lines</h3>
      <form class="row" onSubmit={(e) => { e.preventDefault(); if (draftVerdict && draftVerdict.verdict !== 'block') { void save({ ...s, customLines: [...s.customLines, draft.trim()] }); setDraft(''); } }}>
        <input data-attune="custom-line" aria-label="A style line of your own" placeholder="e.g. Assume I'm an expert; skip the basics." value={draft} maxLength={300} size={60} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={!draftVerdict || draftVerdict.verdict === 'block'}>Add</button>
      </form>
      {draftVerdict && draftVerdict.verdict !== 'allow' && (
        <p class="notice" data-attune="custom-verdict" data-verdict={draftVerdict.verdict}>
          {draftVerdict.verdict === 'block' ? `Attune won't send this: ${draftVerdict.reason}` : `Attune will send a bounded form: “${draftVerdict.text}” (${draftVerdict.reason})`}
        </p>
      )}

      <h3>Add to every message</h3>
      <p class="muted">Off by default. When on, Attune puts your style at the start of each new message on that site (never twice), and says so next to the message box.</p>
      {adapters.map((a) => (
        <label key={a.id} class="row">
          <input type="checkbox" data-attune="auto-insert" data-site={a.id} checked={s.autoInsert[a.id] === true} onChange={(e) => void save({ ...s, autoInsert: { ...s.autoInsert, [a.id]: (e.target as HTMLInputElement).checked } })} />
          {a.name}
        </label>
      ))}
      <p class="muted">Fixed last line: “{FIXED_LINE}”</p>
    </section>
  );
}
