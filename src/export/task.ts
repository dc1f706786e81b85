// Long-running exchange work (exports and imports) reports progress, honours an AbortSignal and yields to the
// event loop between chunks so the page stays responsive.

export interface Progress {
  /** What is happening, for the UI ("Reading judgments", "Checking records", "Writing"). */
  phase: string;
  done: number;
  /** Best known total; null when unknown. */
  total: number | null;
}

export interface TaskOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

/** Thrown (as a DOMException named AbortError, like fetch) when the user cancels. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

export function abortError(): DOMException {
  return new DOMException('Cancelled', 'AbortError');
}

export const isAbortError = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

/** Lets rendering and input handlers run. A macrotask (MessageChannel), not a 4 ms-clamped timer. */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Yields at most every `sliceMs` of work: call `await tick()` in a loop; cheap when no yield is due.
 * Checks the signal each time.
 */
export function createTicker(options: TaskOptions, sliceMs = 12): (done: number, total: number | null, phase: string) => Promise<void> {
  let last = now();
  return async (done, total, phase) => {
    throwIfAborted(options.signal);
    if (now() - last < sliceMs) return;
    options.onProgress?.({ phase, done, total });
    await yieldToEventLoop();
    throwIfAborted(options.signal);
    last = now();
  };
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
