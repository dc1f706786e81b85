declare global {
  interface Window {
    __composer?: { text(): string; changes(): number };
    __sent?: number;
  }
}

/** What the page's framework holds, for the test to read from the page's main world. */
export function expose(text: () => string, changes: () => number): void {
  window.__composer = { text, changes };
}
