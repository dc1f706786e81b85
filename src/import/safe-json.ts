// JSON parsing for untrusted files: size and nesting are checked before JSON.parse runs (a hostile file must
// not exhaust the stack or memory), and a syntax error is reported with its line and column.
import { ImportError } from './errors';

/** Default limits. A 100,000-judgment backup is ~60 MB; real ChatGPT exports can reach a few hundred MB. */
export const LIMITS = {
  maxFileBytes: 768 * 1024 * 1024,
  maxDepth: 64,
  maxLineChars: 2_000_000,
  maxRecords: 2_000_000,
} as const;

const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const QUOTE = 34;
const BACKSLASH = 92;

/** Throws when arrays/objects nest deeper than maxDepth. One pass, strings skipped. */
export function checkDepth(text: string, maxDepth: number, file: string, lineOffset = 0): void {
  scanDepth(text, maxDepth, file, lineOffset, { depth: 0, inString: false }, 0, text.length);
}

/** The same scan in slices, yielding between them (for files of many megabytes). */
export async function checkDepthAsync(text: string, maxDepth: number, file: string, tick: (done: number, total: number | null, phase: string) => Promise<void>): Promise<void> {
  const state = { depth: 0, inString: false };
  const SLICE = 1 << 22;
  for (let from = 0; from < text.length; from += SLICE) {
    await tick(from, text.length, 'Reading the file');
    // A slice may end inside an escape (\" at the boundary): scanDepth returns where it really stopped.
    from = scanDepth(text, maxDepth, file, 0, state, from, Math.min(from + SLICE, text.length)) - SLICE;
  }
}

/** Brackets and string openings: everything else is skipped by the regex engine, strings by indexOf. */
const STRUCTURAL = /["[\]{}]/g;

function scanDepth(text: string, maxDepth: number, file: string, lineOffset: number, state: { depth: number; inString: boolean }, start: number, end: number): number {
  let depth = state.depth;
  let i = state.inString ? skipString(text, start) : start;
  state.inString = false;
  while (i < end) {
    STRUCTURAL.lastIndex = i;
    const match = STRUCTURAL.exec(text);
    if (!match || match.index >= end) {
      i = end;
      break;
    }
    const at = match.index;
    const c = text.charCodeAt(at);
    // A string is skipped whole, even past `end` (the caller continues from where this stopped).
    if (c === QUOTE) i = skipString(text, at + 1);
    else {
      i = at + 1;
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth > maxDepth) throw new ImportError(file, lineAt(text, at, lineOffset), `JSON is nested more than ${maxDepth} levels deep`);
      } else depth--;
    }
  }
  state.depth = depth;
  return i;
}

/** The index after the quote closing a string whose content starts at `from` (text.length when unterminated). */
function skipString(text: string, from: number): number {
  let i = from;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if ((backslashes & 1) === 0) return quote + 1;
    i = quote + 1;
  }
}

function lineAt(text: string, index: number, lineOffset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line + lineOffset}, column ${index - lineStart + 1}`;
}

/** JSON.parse with a depth limit and a located error. `lineOffset` locates a JSONL line within its file. */
export function parseJson(text: string, file: string, options: { maxDepth?: number; lineOffset?: number; depthChecked?: boolean } = {}): unknown {
  const lineOffset = options.lineOffset ?? 0;
  if (!options.depthChecked) checkDepth(text, options.maxDepth ?? LIMITS.maxDepth, file, lineOffset);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    let where = lineOffset ? `line ${lineOffset + 1}` : '';
    if (position !== undefined) where = lineAt(text, Number(position), lineOffset);
    else if (lineCol) where = `line ${Number(lineCol[1]) + lineOffset}, column ${lineCol[2]}`;
    const truncated = /end of (JSON|data) input|unexpected end|Unterminated/i.test(message);
    throw new ImportError(file, where, truncated ? 'the file ends in the middle of a JSON value (truncated?)' : `not valid JSON (${message.replace(/^JSON\.parse: /, '')})`);
  }
}

/** Decodes UTF-8 strictly: a file with invalid bytes is refused rather than silently altered. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (bytes.byteLength > LIMITS.maxFileBytes) {
    throw new ImportError(file, '', `is too large (${Math.round(bytes.byteLength / 1048576)} MB; the limit is ${LIMITS.maxFileBytes / 1048576} MB)`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new ImportError(file, '', 'is not UTF-8 text (binary or damaged file?)');
  }
}
