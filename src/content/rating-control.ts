// The private rating control under each finished response: two buttons in an open shadow root, so the
// page's CSS cannot restyle it. Only trusted (user) clicks count: page scripts cannot forge a rating.
import type { RatingLabel } from '../shared/records';
import { createShadowHost } from './shadow-host';

const STYLE = `
:host { all: initial; display: block; margin: 4px 0 2px; font: 12px/1.2 system-ui, sans-serif; color: #6b7280; }
.bar { display: inline-flex; align-items: center; gap: 2px; opacity: .55; transition: opacity .15s; }
.bar:hover, .bar:focus-within { opacity: 1; }
.tag { margin-right: 4px; letter-spacing: .02em; user-select: none; }
button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center;
  width: 24px; height: 24px; border-radius: 6px; cursor: pointer; color: inherit; }
button:hover { background: rgba(127,127,127,.15); }
button:focus-visible { outline: 2px solid #6366f1; outline-offset: 1px; }
button[aria-pressed="true"] { color: #4f46e5; background: rgba(99,102,241,.14); }
button[aria-busy="true"] { opacity: .6; }
svg { width: 15px; height: 15px; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
button[aria-pressed="true"] svg { fill: currentColor; fill-opacity: .25; }
`;

// Thumb outline; the "down" button is the same path flipped.
const THUMB = 'M7 10v12M15 5.88 14 10h5.83a2 2 0 0 1 1.92 2.56l-2.33 8A2 2 0 0 1 17.5 22H4a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2h2.76a2 2 0 0 0 1.79-1.11L12 2a3.13 3.13 0 0 1 3 3.88Z';

export interface RatingControl {
  host: HTMLElement;
  setLabel(label: RatingLabel | null): void;
  setBusy(busy: boolean): void;
}

export function createRatingControl(doc: Document, onRate: (label: RatingLabel | null) => void): RatingControl {
  const { host, root } = createShadowHost(doc, 'rating', STYLE);
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Attune private rating (stays on this device)');
  const tag = doc.createElement('span');
  tag.className = 'tag';
  tag.textContent = 'Attune';
  tag.setAttribute('aria-hidden', 'true');
  let current: RatingLabel | null = null;

  const make = (label: RatingLabel): HTMLButtonElement => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.setAttribute('data-attune', label === 'up' ? 'rate-up' : 'rate-down');
    const words = label === 'up' ? 'I like this answer' : "I don't like this answer";
    b.setAttribute('aria-label', `${words} (private, stays on this device)`);
    b.title = `${words} — private to Attune, nothing is sent to the site`;
    b.setAttribute('aria-pressed', 'false');
    b.append(icon(doc, label === 'down'));
    b.addEventListener('click', (event) => {
      event.stopPropagation();
      if (!event.isTrusted) return;
      onRate(current === label ? null : label);
    });
    return b;
  };
  const up = make('up');
  const down = make('down');
  bar.append(tag, up, down);
  root.append(bar);

  return {
    host,
    setLabel(label) {
      current = label;
      up.setAttribute('aria-pressed', String(label === 'up'));
      down.setAttribute('aria-pressed', String(label === 'down'));
    },
    setBusy(busy) {
      for (const b of [up, down]) {
        if (busy) b.setAttribute('aria-busy', 'true');
        else b.removeAttribute('aria-busy');
      }
    },
  };
}

function icon(doc: Document, flip: boolean): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  if (flip) svg.setAttribute('transform', 'scale(1,-1)');
  const path = doc.createElementNS(ns, 'path');
  path.setAttribute('d', THUMB);
  svg.append(path);
  return svg;
}
