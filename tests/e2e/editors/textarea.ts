// A React-style controlled textarea: it keeps its own state from `input` events, like the real sites' frameworks.
import { expose } from './expose';

export function mount(host: HTMLElement, draft: string): void {
  const ta = host as HTMLTextAreaElement;
  let state = draft;
  let inputs = 0;
  ta.value = draft;
  ta.addEventListener('input', () => {
    inputs++;
    state = ta.value;
  });
  expose(() => state, () => inputs);
}
