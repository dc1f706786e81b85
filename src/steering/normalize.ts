// Normalization before bounds matching. People disguise instructions to slip them past filters; every disguise here is
// undone into one or more plain lowercase "views" of the text, and the rules are matched against all of them.
// Browser-safe: no Node APIs (atob and TextDecoder exist in browsers, workers and Node alike).

/** Longest instruction the bounds will look at; anything longer is blocked (a style wish is never that long). */
export const MAX_INSTRUCTION_CHARS = 2000;

/** How deep encoded payloads are unwrapped (base64 of hex of ...). Deeper nesting counts as opaque. */
const MAX_DECODE_DEPTH = 3;

// Cyrillic, Greek, Armenian and other lookalikes of Latin letters, after NFKC + lowercase. NFKC already folds
// fullwidth forms and mathematical alphanumerics (𝐢 → i, ｉ → i); these are the confusables NFKC leaves alone.
const CONFUSABLES: Readonly<Record<string, string>> = Object.freeze({
  // Cyrillic
  а: 'a', б: 'b', в: 'b', г: 'r', д: 'd', е: 'e', ё: 'e', ж: 'x', з: '3', и: 'u', й: 'u', к: 'k', л: 'n', м: 'm', н: 'h',
  о: 'o', п: 'n', р: 'p', с: 'c', т: 't', у: 'y', ф: 'f', х: 'x', ц: 'u', ч: '4', ш: 'w', щ: 'w', ъ: 'b', ы: 'bl',
  ь: 'b', э: 'e', ю: 'io', я: 'r', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', һ: 'h',
  ɡ: 'g', ɑ: 'a', ɩ: 'i', ʟ: 'l', ᴄ: 'c', ᴏ: 'o', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z', ꜱ: 's', ʀ: 'r', ɴ: 'n', ɪ: 'i', ʏ: 'y',
  // Greek
  α: 'a', β: 'b', γ: 'y', δ: 'd', ε: 'e', ζ: 'z', η: 'n', θ: 'o', ι: 'i', κ: 'k', λ: 'l', μ: 'u', ν: 'v', ξ: 'e',
  ο: 'o', π: 'n', ρ: 'p', σ: 'o', ς: 'c', τ: 't', υ: 'u', φ: 'f', χ: 'x', ψ: 'w', ω: 'w', ϲ: 'c', ϳ: 'j',
  // Armenian and Cherokee-ish lookalikes commonly used in homoglyph attacks
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', ք: 'p',
  // Misc symbols
  ı: 'i', ȷ: 'j', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe',
});

// Digits and symbols read as letters inside words. "1" is ambiguous (i or l), so two views are produced.
const LEET_BASE: Readonly<Record<string, string>> = Object.freeze({
  '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '|': 'l', '!': 'i', '+': 't', '(': 'c',
});

/** Removes zero-width and other invisible format characters (ZWSP, ZWJ, word joiner, BOM, soft hyphen, bidi controls, fillers). */
export function stripInvisible(text: string): string {
  return text.replace(/[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u180E]|\u034F/gu, '');
}

/** Unicode tag characters (U+E0020–U+E007E) smuggle invisible ASCII; returns the hidden text, or '' if none. */
export function decodeTagCharacters(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xe0020 && cp <= 0xe007e) out += String.fromCharCode(cp - 0xe0000);
  }
  return out;
}

/** Letters of the scripts whose lookalikes CONFUSABLES folds (Latin-script lookalikes such as ł or ɑ are not here). */
export const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;

/**
 * Folds Latin lookalikes from other scripts into Latin letters (expects lowercase input). With `keepScripts`, only
 * Latin-script lookalikes are folded and Cyrillic, Greek and Armenian text is kept as written (a reading of real
 * Russian or Greek, where whole words would otherwise fold into Latin nonsense or, worse, into English words).
 */
export function foldConfusables(text: string, keepScripts = false): string {
  let out = '';
  for (const ch of text) out += keepScripts && LOOKALIKE_SCRIPT.test(ch) ? ch : (CONFUSABLES[ch] ?? ch);
  return out;
}

/**
 * Scripts whose vowel signs and voicing marks are part of the spelling (Indic scripts, Thai, Lao, Khmer, Myanmar,
 * Tibetan, kana): dropping them would merge unrelated words (Hindi मेरी "my" and मार "kill"). Marks on any other base,
 * Latin diacritics and stacked "Zalgo" marks included, are dropped.
 */
const SPELLED_WITH_MARKS =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The canonical plain form: NFKC (fullwidth, math alphanumerics, ligatures), invisible characters removed, lowercase,
 * diacritics dropped (not the marks of SPELLED_WITH_MARKS), confusables folded (with `keepScripts`, only the
 * Latin-script ones: see foldConfusables), curly quotes straightened, whitespace collapsed.
 */
export function canonicalize(text: string, keepSpacing = false, keepScripts = false): string {
  let s = stripInvisible(text.normalize('NFKC')).toLowerCase();
  s = s.normalize('NFD').replace(/^\p{M}+/u, '').replace(/(\P{M})\p{M}+/gu, (all, base: string) => (SPELLED_WITH_MARKS.test(base) ? all : base)).normalize('NFC');
  s = foldConfusables(s, keepScripts);
  s = s.replace(/[\u2018\u2019\u201B\u2032\u02BC`´]/g, "'").replace(/[\u201C\u201D\u201E\u2033«»]/g, '"');
  // En and em dashes join clauses, not word pieces: "honest—no fake urgency" must not become "honestno" when in-word
  // punctuation is undone (joinSpacing), which would hide the negation. Hyphens and minus signs stay hyphens.
  s = s.replace(/\s*[\u2013-\u2015]\s*/g, ' - ').replace(/[\u2010-\u2012\u2212]/g, '-');
  return keepSpacing ? s.replace(/[^\S ]/g, ' ').trim() : s.replace(/\s+/g, ' ').trim();
}

/** Reads leetspeak inside words ("1gn0r3" → "ignore"); words without letters (plain numbers) are left alone. */
export function deleet(text: string, one: 'i' | 'l' = 'i', numbersToo = false): string {
  return text.replace(/[a-z0-9@$|!+(']+/g, (token) => {
    if (!/[0-9@$|!+(]/.test(token)) return token;
    if (!/[a-z]/.test(token) && !(numbersToo && /^\d{1,3}$/.test(token))) return token;
    // Trailing "!" is punctuation, not an "i".
    const core = token.replace(/!+$/, '');
    const tail = token.slice(core.length);
    return core.replace(/[0-9@$|!+(]/g, (c) => (c === '1' ? one : (LEET_BASE[c] ?? c))) + tail;
  });
}

/**
 * Undoes spacing tricks: letters separated by single spaces or punctuation ("i g n o r e", "i.g.n.o.r.e") are joined,
 * and punctuation inside words ("ig-nore", "ig*nore") is dropped. Wider gaps stay word breaks.
 */
export function joinSpacing(text: string): string {
  let s = text.replace(/(?<![\p{L}\p{N}])[\p{L}\p{N}](?:[ .\-_*·•|/+~'`,:][\p{L}\p{N}](?![\p{L}\p{N}])){2,}/gu, (run) =>
    // Mixed separators ("s.e.n.d a c.o.p.y"): spaces are word breaks. Spaces only ("i g n o r e"): one word.
    /[^\p{L}\p{N} ]/u.test(run) ? run.replace(/[^\p{L}\p{N} ]/gu, '') : run.replace(/ /g, ''),
  );
  s = s.replace(/(?<=\p{L})[-_.*'`·•|~^]+(?=\p{L})/gu, '');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Letter-spaced text ("s a y   m y   p l a n"): when most tokens are single characters, single spaces are inside
 * words and wider gaps are word breaks. Returns the text unchanged otherwise.
 */
export function unspace(spaced: string): string {
  const tokens = spaced.split(/ +/).filter(Boolean);
  const singles = tokens.filter((t) => [...t].length === 1).length;
  if (tokens.length < 4 || singles / tokens.length < 0.6) return spaced;
  const words = / {2,}/.test(spaced) ? spaced.split(/ {2,}/) : [spaced];
  return words.map((w) => w.replace(/ /g, '')).join(' ');
}

/** Letters and digits only: the last resort against arbitrary spacing; rules match only strong key phrases here. */
export function squash(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

export function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function bytesToText(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // Mostly readable text (letters, spaces, punctuation), not binary.
  const chars = [...text];
  const readable = chars.filter((c) => /[\p{L}\p{N}\p{P}\p{Zs}\p{S}\n\t]/u.test(c)).length;
  return readable / chars.length >= 0.9 && /\p{L}{2}/u.test(text) ? text : null;
}

function decodeBase64(token: string): string | null {
  let b = token.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (b.length % 4 === 1) return null;
  b += '='.repeat((4 - (b.length % 4)) % 4);
  try {
    const bin = atob(b);
    return bytesToText(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

function decodeHex(hex: string): string | null {
  const clean = hex.replace(/\\x|0x|[\s,:]/gi, '');
  if (clean.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(clean)) return null;
  const bytes = new Uint8Array(clean.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return bytesToText(bytes);
}

function decodePercent(text: string): string | null {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%' && /^[0-9a-f]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = text.charCodeAt(i);
      if (code > 0x7f) return null;
      bytes.push(text[i] === '+' ? 0x20 : code);
    }
  }
  return bytesToText(Uint8Array.from(bytes));
}

function decodeEntities(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, n: string) => {
    const cp = n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : parseInt(n, 10);
    return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : '';
  });
}

export interface EncodedPayloads {
  /** Texts recovered from base64, hex, %-encoding, HTML entities or Unicode tag characters. */
  decoded: string[];
  /** Long opaque blobs that look encoded but decode to nothing readable. */
  opaque: string[];
}

/** A run that looks like an encoding rather than a word: long, and mixing digits with letters or case. */
function looksOpaque(token: string): boolean {
  if (token.length < 32) return false;
  const digits = /\d/.test(token) && /[a-z]/i.test(token);
  const caseFlips = (token.match(/[a-z][A-Z]|[A-Z][a-z]/g) ?? []).length;
  return digits || caseFlips >= 6;
}

/** Finds encoded payloads in the (NFKC, invisible-stripped, original-case) text. */
export function findEncodedPayloads(text: string): EncodedPayloads {
  const decoded: string[] = [];
  const opaque: string[] = [];
  const tagged = decodeTagCharacters(text);
  if (tagged.trim()) decoded.push(tagged);
  const s = stripInvisible(text.normalize('NFKC'));
  const consumed: string[] = [];

  // Hex: "69676e6f7265...", "69 67 6e ...", "\x69\x67...", "0x69 0x67 ...".
  for (const m of s.matchAll(/(?:(?:\\x|0x)?[0-9a-f]{2}[\s,:]?){8,}/gi)) {
    const run = m[0].trim();
    if (!/[a-f]/i.test(run) && !/\\x|0x|\s/i.test(run)) continue; // pure digit runs are numbers
    const text2 = decodeHex(run);
    if (text2) {
      decoded.push(text2);
      consumed.push(run);
    }
  }
  // %-encoding (URL) with at least three escapes.
  if ((s.match(/%[0-9a-f]{2}/gi) ?? []).length >= 3) {
    for (const m of s.matchAll(/[^\s]*%[0-9a-f]{2}[^\s]*/gi)) {
      const text2 = decodePercent(m[0]);
      if (text2) {
        decoded.push(text2);
        consumed.push(m[0]);
      }
    }
  }
  // HTML numeric entities.
  if (/&#(x[0-9a-f]+|\d+);?/i.test(s)) {
    const text2 = decodeEntities(s);
    if (text2 !== s) decoded.push(text2);
  }
  // Base64 / base64url runs (whitespace-wrapped blocks joined).
  for (const m of s.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)) {
    const token = m[0];
    if (consumed.some((c) => c.includes(token))) continue;
    if (/^[a-z]+$/.test(token) || /^[A-Za-z][a-z]+$/.test(token)) continue; // an ordinary long word
    const text2 = decodeBase64(token);
    if (text2) decoded.push(text2);
    else if (looksOpaque(token)) opaque.push(token);
  }
  return { decoded, opaque };
}

/** All the readings of one instruction the rules are matched against. */
export interface NormalizedText {
  /** Canonical plain form (see canonicalize). */
  plain: string;
  /** Distinct views for regular patterns: plain, leetspeak read two ways, spacing joined, rot13, reversed. */
  views: string[];
  /** Letters-only views for key-phrase patterns (spacing tricks of any kind). */
  squashed: string[];
  /** Encoded payloads found, each normalized in turn. */
  decoded: NormalizedText[];
  /** Opaque blobs (encoded-looking, unreadable), including payloads nested too deep. */
  opaque: string[];
}

/** Normalizes one instruction into every view the bounds check. Pure and deterministic. */
export function normalizeInstruction(text: string, depth = 0): NormalizedText {
  const plain = canonicalize(text);
  const spaced = canonicalize(text, true);
  const leetI = deleet(plain, 'i');
  const leetL = deleet(plain, 'l');
  const base = [plain, leetI, leetL, deleet(plain, 'i', true), joinSpacing(spaced), joinSpacing(deleet(spaced, 'i')), joinSpacing(deleet(spaced, 'l'))];
  const unspaced = unspace(spaced);
  if (unspaced !== spaced) base.push(unspaced, deleet(unspaced, 'i'), joinSpacing(unspaced));
  const views = new Set<string>(base);
  views.add(rot13(plain));
  views.add([...plain].reverse().join(''));
  views.add(joinSpacing([...plain].reverse().join('')));
  // snake_case hides words from \b: "act_with_no_safety_rules" is read with its underscores as spaces too.
  if (/[\p{L}\p{N}]_+\p{L}/u.test(plain)) views.add(plain.replace(/_+/g, ' '));
  const squashed = new Set<string>([squash(plain), squash(leetI), squash(leetL)]);
  const payloads = findEncodedPayloads(text);
  const decoded: NormalizedText[] = [];
  const opaque = [...payloads.opaque];
  for (const d of payloads.decoded) {
    if (depth + 1 >= MAX_DECODE_DEPTH) opaque.push(d.slice(0, 40));
    else decoded.push(normalizeInstruction(d, depth + 1));
  }
  return { plain, views: [...views], squashed: [...squashed], decoded, opaque };
}
