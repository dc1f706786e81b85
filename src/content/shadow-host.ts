// The host of an Attune control on a page: an element marked data-attune="<name>" with an open shadow root holding
// the control's own style, so the page's CSS cannot restyle it.
export function createShadowHost(doc: Document, name: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute('data-attune', name);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
