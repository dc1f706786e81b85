// Interpretable style features of one response. Pure TypeScript (service-worker safe), one pass over lines and one
// pass over characters: no regular expressions in the hot path, so it runs at tens of MB/s.
//
// Each axis is a fixed transform of counts (log counts, rates per 100 words, shares), then z-scored with fixed
// reference statistics computed from the in-repo reference corpus (`reference-corpus.ts`, see `calibrate.ts`), so
// a weight of 1 on any axis means "one reference standard deviation of that style is worth one logit".
import { AXIS_NAMES, type AxisName } from './profile-types';

export interface AxisInfo {
  name: AxisName;
  /** One line a user can read. */
  description: string;
  /** Short phrases for the two directions (popup: "prefers <high>" / "prefers <low>"). */
  more: string;
  less: string;
}

export const AXES: readonly AxisInfo[] = [
  { name: 'length', description: 'How long the answer is.', more: 'longer answers', less: 'shorter answers' },
  { name: 'lists', description: 'How much of the answer is bulleted or numbered lists.', more: 'lists', less: 'flowing prose' },
  { name: 'headings', description: 'Section headings that break the answer into parts.', more: 'section headings', less: 'no headings' },
  { name: 'tables', description: 'Tables comparing things side by side.', more: 'tables', less: 'no tables' },
  { name: 'code', description: 'Code blocks and inline code.', more: 'code', less: 'no code' },
  { name: 'bold', description: 'Bold text used for emphasis.', more: 'bold emphasis', less: 'plain emphasis' },
  { name: 'examples', description: 'Concrete examples ("for example", "such as").', more: 'concrete examples', less: 'fewer examples' },
  { name: 'steps', description: 'Step-by-step structure (numbered steps, "first… then…").', more: 'step-by-step structure', less: 'no step-by-step' },
  { name: 'summary_first', description: 'Leads with a short summary or TL;DR before the details.', more: 'a summary first', less: 'no up-front summary' },
  { name: 'wrap_up', description: 'Ends with a concluding or wrap-up paragraph.', more: 'a wrap-up at the end', less: 'no wrap-up' },
  { name: 'hedging', description: 'Hedged, qualified wording ("might", "generally", "it depends").', more: 'hedged wording', less: 'direct wording' },
  { name: 'confidence', description: 'Assertive, certain wording ("definitely", "always", "clearly").', more: 'assertive wording', less: 'tentative wording' },
  { name: 'warmth', description: 'Warm, personal tone addressed to you.', more: 'a warm tone', less: 'a neutral tone' },
  { name: 'enthusiasm', description: 'Exclamation marks and excited tone.', more: 'enthusiasm', less: 'a calm tone' },
  { name: 'emoji', description: 'Emoji in the answer.', more: 'emoji', less: 'no emoji' },
  { name: 'formality', description: 'Formal register (no contractions or slang, "therefore", "moreover").', more: 'formal language', less: 'casual language' },
  { name: 'reading_level', description: 'Long words and long sentences (reading grade level).', more: 'advanced wording', less: 'simple wording' },
  { name: 'questions', description: 'Questions asked back to you.', more: 'questions back to you', less: 'no questions back' },
  { name: 'citations', description: 'Links, sources and references.', more: 'links and sources', less: 'no links' },
  { name: 'disclaimers', description: 'Apologies, caveats and disclaimers ("I\'m not a doctor", "consult a professional").', more: 'caveats and disclaimers', less: 'no disclaimers' },
  { name: 'first_person', description: 'The assistant talking about itself ("I think", "in my view").', more: 'first-person voice', less: 'impersonal voice' },
  { name: 'validation', description: 'Validating you ("great question", "you\'re right").', more: 'validation', less: 'no flattery' },
];

export const DIM = AXES.length;
/** Index of each axis in a feature vector. */
export const AXIS_INDEX: Readonly<Record<AxisName, number>> = Object.fromEntries(AXES.map((a, i) => [a.name, i])) as Record<
  AxisName,
  number
>;

// ---------------------------------------------------------------------------------------------------------------
// Lexicon: words and short phrases (up to three words) mapped to category bits. Lookup is by a 32-bit FNV-1a hash
// of the lower-cased word, computed while scanning, so no substrings are allocated per word.

const HEDGE = 1;
const CERTAIN = 2;
const WARM = 4;
const FORMAL = 8;
const INFORMAL = 16;
const FIRST = 32;
const EXAMPLE = 64;
const STEP = 128;
const DISCLAIM = 256;
const VALIDATE = 512;
const CITE = 1024;
const SUMMARY = 2048;
const WRAP = 4096;
const YOU = 8192;

/** Extendable data table: phrase (lower case, words separated by single spaces; apostrophes as "'") → categories. */
export const LEXICON: Readonly<Record<string, number>> = {
  // hedging (en + a few fr/de/es)
  may: HEDGE, might: HEDGE, could: HEDGE, perhaps: HEDGE, possibly: HEDGE, probably: HEDGE, likely: HEDGE,
  unlikely: HEDGE, generally: HEDGE, typically: HEDGE, usually: HEDGE, often: HEDGE, somewhat: HEDGE, seems: HEDGE,
  seem: HEDGE, appears: HEDGE, arguably: HEDGE, approximately: HEDGE, roughly: HEDGE, potentially: HEDGE,
  'it depends': HEDGE, 'depends on': HEDGE, 'not necessarily': HEDGE, 'in some cases': HEDGE, 'to some extent': HEDGE,
  'i think': HEDGE, 'i believe': HEDGE, 'not sure': HEDGE, peut: HEDGE, 'peut-être': HEDGE, vielleicht: HEDGE,
  wahrscheinlich: HEDGE, quizás: HEDGE, 'tal vez': HEDGE, posiblemente: HEDGE,
  // confidence
  definitely: CERTAIN, certainly: CERTAIN, clearly: CERTAIN, always: CERTAIN, never: CERTAIN, must: CERTAIN,
  absolutely: CERTAIN | VALIDATE, undoubtedly: CERTAIN, obviously: CERTAIN, guaranteed: CERTAIN, indeed: CERTAIN,
  precisely: CERTAIN, exactly: CERTAIN, surely: CERTAIN, 'without a doubt': CERTAIN, 'of course': CERTAIN,
  'the answer is': CERTAIN, 'is simply': CERTAIN, sicher: CERTAIN, immer: CERTAIN,
  toujours: CERTAIN, siempre: CERTAIN,
  // warmth
  glad: WARM, happy: WARM, hope: WARM, wonderful: WARM, love: WARM, feel: WARM, feeling: WARM, feelings: WARM,
  understand: WARM, appreciate: WARM, thank: WARM, thanks: WARM, welcome: WARM, care: WARM, enjoy: WARM,
  'sorry to hear': WARM, 'i hope': WARM, 'you got this': WARM, 'take care': WARM, 'best of luck': WARM,
  'good luck': WARM, dear: WARM, warmly: WARM, 'hope this helps': WARM | WRAP, 'happy to help': WARM,
  // formal / informal
  therefore: FORMAL, however: FORMAL, furthermore: FORMAL, moreover: FORMAL, consequently: FORMAL, thus: FORMAL,
  hence: FORMAL, additionally: FORMAL, regarding: FORMAL, utilize: FORMAL, whereas: FORMAL, nevertheless: FORMAL,
  accordingly: FORMAL, subsequently: FORMAL, 'in addition': FORMAL, notwithstanding: FORMAL, wherein: FORMAL,
  gonna: INFORMAL, wanna: INFORMAL, yeah: INFORMAL, yep: INFORMAL, hey: INFORMAL, cool: INFORMAL, awesome: INFORMAL,
  lol: INFORMAL, ok: INFORMAL, okay: INFORMAL, stuff: INFORMAL, kinda: INFORMAL, sorta: INFORMAL, totally: INFORMAL,
  super: INFORMAL, pretty: INFORMAL, btw: INFORMAL, tbh: INFORMAL, imo: INFORMAL, nope: INFORMAL, gotta: INFORMAL,
  // first person
  i: FIRST, me: FIRST, my: FIRST, mine: FIRST, myself: FIRST, "i'm": FIRST, "i've": FIRST, "i'd": FIRST, "i'll": FIRST,
  'in my view': FIRST, 'in my opinion': FIRST,
  // addressing the user
  you: YOU, your: YOU, "you're": YOU, yourself: YOU, "you'll": YOU, "you've": YOU,
  // examples
  example: EXAMPLE, examples: EXAMPLE, 'for instance': EXAMPLE, 'e g': EXAMPLE, 'such as': EXAMPLE, imagine: EXAMPLE,
  'let\'s say': EXAMPLE, 'say you': EXAMPLE, 'par exemple': EXAMPLE, 'zum beispiel': EXAMPLE, 'por ejemplo': EXAMPLE,
  // steps
  step: STEP, steps: STEP, first: STEP, firstly: STEP, second: STEP, secondly: STEP, then: STEP, next: STEP,
  finally: STEP | WRAP, lastly: STEP, afterwards: STEP,
  // disclaimers and apologies
  sorry: DISCLAIM, apologize: DISCLAIM, apologies: DISCLAIM, unfortunately: DISCLAIM, disclaimer: DISCLAIM,
  'as an ai': DISCLAIM, 'language model': DISCLAIM, 'i cannot': DISCLAIM, "i can't": DISCLAIM, "i'm not able": DISCLAIM,
  'i am not able': DISCLAIM, 'i am unable': DISCLAIM, "i'm unable": DISCLAIM, consult: DISCLAIM, 'not a substitute': DISCLAIM,
  'please note': DISCLAIM, 'important to note': DISCLAIM, 'not a doctor': DISCLAIM, 'not a lawyer': DISCLAIM,
  'medical advice': DISCLAIM, 'legal advice': DISCLAIM, 'financial advice': DISCLAIM, 'a professional': DISCLAIM,
  'a qualified': DISCLAIM, 'keep in mind': DISCLAIM,
  // validation
  'great question': VALIDATE, 'good question': VALIDATE, 'excellent question': VALIDATE, "you're right": VALIDATE,
  'you are right': VALIDATE, "that's a great": VALIDATE, 'makes sense': VALIDATE, 'totally understandable': VALIDATE,
  'completely understandable': VALIDATE, "it's understandable": VALIDATE, 'great idea': VALIDATE, 'good point': VALIDATE,
  'great point': VALIDATE, 'valid concern': VALIDATE, 'you are absolutely': VALIDATE, "you're absolutely": VALIDATE,
  // citations
  http: CITE, https: CITE, www: CITE, source: CITE, sources: CITE, 'according to': CITE, reference: CITE,
  references: CITE, 'et al': CITE, doi: CITE, 'see also': CITE, 'studies show': CITE, 'research shows': CITE,
  // summary-first markers (counted only at the start of the answer)
  tldr: SUMMARY, 'tl dr': SUMMARY, 'in short': SUMMARY | WRAP, 'short answer': SUMMARY, summary: SUMMARY | WRAP,
  'bottom line': SUMMARY | WRAP, 'the gist': SUMMARY, 'quick answer': SUMMARY, 'in a nutshell': SUMMARY | WRAP,
  // wrap-up markers (counted at the start of the last paragraph)
  'in conclusion': WRAP, overall: WRAP, 'to summarize': WRAP, 'to sum up': WRAP, ultimately: WRAP, 'all in all': WRAP,
  'let me know': WRAP | WARM, 'feel free': WRAP | WARM, 'in summary': WRAP | SUMMARY, conclusion: WRAP,
  'en résumé': WRAP, zusammenfassend: WRAP, 'en resumen': WRAP,
};

function fnvChar(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}
const FNV0 = 2166136261 | 0;
function combine(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) | 0;
}
function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c === 0x2019) return 39;
  return c;
}

const WORD_FLAGS = new Map<number, number>();
const PHRASE2 = new Map<number, number>();
const PHRASE3 = new Map<number, number>();
/** Words that can start a phrase; bigram lookups are only attempted after them. */
const PHRASE_START = new Set<number>();
const PHRASE_MID = new Set<number>();

function hashWord(w: string): number {
  let h = FNV0;
  for (let i = 0; i < w.length; i++) h = fnvChar(h, lowerCode(w.charCodeAt(i)));
  return h;
}

/** Adds entries to the lexicon at run time (the table is extendable). */
export function extendLexicon(entries: Readonly<Record<string, number>>): void {
  for (const [phrase, flags] of Object.entries(entries)) {
    const words = phrase.split(' ').map(hashWord);
    if (words.length === 1) WORD_FLAGS.set(words[0]!, (WORD_FLAGS.get(words[0]!) ?? 0) | flags);
    else if (words.length === 2) {
      PHRASE_START.add(words[0]!);
      const k = combine(words[0]!, words[1]!);
      PHRASE2.set(k, (PHRASE2.get(k) ?? 0) | flags);
    } else if (words.length === 3) {
      PHRASE_START.add(words[0]!);
      PHRASE_MID.add(combine(words[0]!, words[1]!));
      const k = combine(combine(words[0]!, words[1]!), words[2]!);
      PHRASE3.set(k, (PHRASE3.get(k) ?? 0) | flags);
    }
  }
}
extendLexicon(LEXICON);
/** Category bits for `extendLexicon`. */
export const LEXICON_BITS = { HEDGE, CERTAIN, WARM, FORMAL, INFORMAL, FIRST, EXAMPLE, STEP, DISCLAIM, VALIDATE, CITE, SUMMARY, WRAP, YOU } as const;

// ---------------------------------------------------------------------------------------------------------------

/** Raw counts of one response (before transforms). Exposed for tests and debugging. */
export interface RawCounts {
  words: number;
  letters: number;
  sentences: number;
  nonEmptyLines: number;
  listItems: number;
  numberedItems: number;
  headings: number;
  tableRows: number;
  codeLines: number;
  codeChars: number;
  inlineCode: number;
  boldSpans: number;
  links: number;
  exclamations: number;
  questions: number;
  emoji: number;
  contractions: number;
  cats: Float64Array; // per category bit index
  summaryMarker: number;
  wrapMarker: number;
  firstParaWords: number;
  firstParaEndsColon: boolean;
}

const NCATS = 14;
function bitIndex(bit: number): number {
  return 31 - Math.clz32(bit);
}

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/** Characters ≥ 0x80 that separate words (punctuation, spaces) rather than belong to them. */
function isNonAsciiSeparator(c: number): boolean {
  return (
    (c >= 0x2000 && c <= 0x206f) || // general punctuation (dashes, quotes, ellipsis, spaces)
    c === 0x00a0 ||
    c === 0x00ab ||
    c === 0x00bb ||
    c === 0x00bf ||
    c === 0x00a1 ||
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
    (c >= 0xff00 && c <= 0xff20) ||
    (c >= 0x2190 && c <= 0x25ff) // arrows, math, box drawing, shapes (bullets)
  );
}

export function countText(text: string): RawCounts {
  const cats = new Float64Array(NCATS);
  const r: RawCounts = {
    words: 0, letters: 0, sentences: 0, nonEmptyLines: 0, listItems: 0, numberedItems: 0, headings: 0, tableRows: 0,
    codeLines: 0, codeChars: 0, inlineCode: 0, boldSpans: 0, links: 0, exclamations: 0, questions: 0, emoji: 0,
    contractions: 0, cats, summaryMarker: 0, wrapMarker: 0, firstParaWords: -1, firstParaEndsColon: false,
  };
  const n = text.length;
  let inFence = false;
  let paraIndex = 0;
  let paraWords = 0; // words so far in the current paragraph
  let paraHasContent = false;
  let lastParaIndexWithWrap = -1;
  let boldMarks = 0;
  let pendingSentence = false; // words seen since the last sentence end
  let lastContentChar = 0;
  /** Closes the current paragraph (blank line or heading), noting the first one's length and ending. */
  const endParagraph = () => {
    if (!paraHasContent) return;
    if (r.firstParaWords < 0) {
      r.firstParaWords = paraWords;
      r.firstParaEndsColon = lastContentChar === 58;
    }
    paraIndex++;
    paraWords = 0;
    paraHasContent = false;
  };
  let pos = 0;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    // Line bounds without leading whitespace.
    let s = pos;
    while (s < end) {
      const c = text.charCodeAt(s);
      if (c !== 32 && c !== 9 && c !== 13) break;
      s++;
    }
    let e = end;
    while (e > s) {
      const c = text.charCodeAt(e - 1);
      if (c !== 32 && c !== 9 && c !== 13) break;
      e--;
    }
    pos = end + 1;
    const c0 = s < e ? text.charCodeAt(s) : 0;
    // Code fences.
    if ((c0 === 96 || c0 === 126) && e - s >= 3 && text.charCodeAt(s + 1) === c0 && text.charCodeAt(s + 2) === c0) {
      if (!inFence) r.codeLines++;
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      r.codeLines++;
      r.codeChars += e - s;
      continue;
    }
    if (s === e) {
      endParagraph();
      if (pendingSentence) {
        r.sentences++;
        pendingSentence = false;
      }
      continue;
    }
    r.nonEmptyLines++;
    let ws = s; // where words start
    const c1 = s + 1 < e ? text.charCodeAt(s + 1) : 0;
    let isHeading = false;
    if (c0 === 35) {
      let k = s;
      while (k < e && text.charCodeAt(k) === 35) k++;
      if (k - s <= 6 && (k === e || text.charCodeAt(k) === 32)) {
        isHeading = true;
        ws = k;
      }
    } else if ((c0 === 45 || c0 === 42 || c0 === 43 || c0 === 0x2022) && (c1 === 32 || c1 === 9)) {
      r.listItems++;
      ws = s + 2;
    } else if (c0 >= 48 && c0 <= 57) {
      let k = s;
      while (k < e && k - s < 4) {
        const c = text.charCodeAt(k);
        if (c < 48 || c > 57) break;
        k++;
      }
      const ck = k < e ? text.charCodeAt(k) : 0;
      if ((ck === 46 || ck === 41) && k + 1 < e && text.charCodeAt(k + 1) === 32) {
        r.listItems++;
        r.numberedItems++;
        ws = k + 2;
      }
    } else if (c0 === 124) {
      // Table rows; separator rows (|---|:--:|) are counted once per table.
      let sep = true;
      for (let k = s; k < e; k++) {
        const c = text.charCodeAt(k);
        if (c !== 124 && c !== 45 && c !== 58 && c !== 32) {
          sep = false;
          break;
        }
      }
      if (!sep) r.tableRows++;
    } else if (c0 === 42 && c1 === 42 && e - s <= 80 && e - s > 4) {
      // A line that is all bold ("**Pros**" or "**Pros:**") reads as a heading in rendered text.
      const last = text.charCodeAt(e - 1);
      const prev = text.charCodeAt(e - 2);
      if ((last === 42 && prev === 42) || (last === 58 && prev === 42)) isHeading = true;
    }
    if (isHeading) {
      r.headings++;
      endParagraph(); // a heading starts a new paragraph
    }
    // Character scan of the line's prose.
    let h = FNV0;
    let wlen = 0;
    let hasApos = false;
    let prev1 = 0; // hash of previous word (0 = none / broken by punctuation)
    let prev2 = 0; // combined hash of the two previous words
    let inInline = false;
    const endWord = () => {
      r.words++;
      paraWords++;
      pendingSentence = true;
      if (hasApos) r.contractions++;
      let flags = WORD_FLAGS.get(h) ?? 0;
      if (prev1 !== 0 && PHRASE_START.has(prev1)) flags |= PHRASE2.get(combine(prev1, h)) ?? 0;
      if (prev2 !== 0 && PHRASE_MID.has(prev2)) flags |= PHRASE3.get(combine(prev2, h)) ?? 0;
      if (flags !== 0) {
        let f = flags;
        while (f !== 0) {
          const bit = f & -f;
          cats[bitIndex(bit)]!++;
          f ^= bit;
        }
        // A summary marker at the start of the answer (or right after a short title line of rendered text).
        if (flags & SUMMARY && paraWords <= 4 && (paraIndex === 0 || (paraIndex === 1 && r.firstParaWords <= 8))) r.summaryMarker = 1;
        if (flags & WRAP && paraWords <= 4) lastParaIndexWithWrap = paraIndex;
        // "let me know", "hope this helps" anywhere in a paragraph mark it as a sign-off.
        if (flags & WRAP && flags & WARM) lastParaIndexWithWrap = paraIndex;
      }
      prev2 = prev1 !== 0 ? combine(prev1, h) : 0;
      prev1 = h;
      h = FNV0;
      wlen = 0;
      hasApos = false;
    };
    for (let i = ws; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c === 96) {
        // inline code span
        if (wlen > 0) endWord();
        if (!inInline) r.inlineCode++;
        inInline = !inInline;
        prev1 = 0;
        prev2 = 0;
        continue;
      }
      if (inInline) {
        r.codeChars++;
        continue;
      }
      const lc = c >= 65 && c <= 90 ? c | 32 : c;
      if ((lc >= 97 && lc <= 122) || (c >= 48 && c <= 57)) {
        h = fnvChar(h, lc);
        wlen++;
        r.letters++;
        continue;
      }
      if (c === 39 || c === 0x2019) {
        if (wlen > 0 && i + 1 < e) {
          const nx = text.charCodeAt(i + 1) | 32;
          if (nx >= 97 && nx <= 122) {
            h = fnvChar(h, 39);
            hasApos = true;
            continue;
          }
        }
      } else if (c >= 0x80) {
        if (c >= 0xd800 && c <= 0xdbff) {
          // astral plane: emoji live at U+1F000–U+1FAFF (high surrogates D83C–D83E)
          if (c >= 0xd83c && c <= 0xd83e) {
            r.emoji++;
            if (wlen > 0) endWord();
            i++;
            continue;
          }
          h = fnvChar(h, c);
          wlen++;
          r.letters++;
          continue;
        }
        if ((c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2705) {
          r.emoji++;
          if (wlen > 0) endWord();
          continue;
        }
        if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
          // CJK full stop / exclamation / question
          if (wlen > 0) endWord();
          if (c === 0xff01) r.exclamations++;
          if (c === 0xff1f) r.questions++;
          if (pendingSentence) r.sentences++;
          pendingSentence = false;
          prev1 = 0;
          prev2 = 0;
          lastContentChar = c;
          continue;
        }
        if (isCjk(c)) {
          // Each CJK character counts as a word (no spaces to split on).
          if (wlen > 0) endWord();
          h = fnvChar(FNV0, c);
          wlen = 1;
          r.letters += 2;
          endWord();
          lastContentChar = c;
          continue;
        }
        if (!isNonAsciiSeparator(c)) {
          h = fnvChar(h, c);
          wlen++;
          r.letters++;
          continue;
        }
      }
      // separator
      if (wlen > 0) endWord();
      if (c === 32) continue;
      lastContentChar = c;
      if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
        const nx = i + 1 < e ? text.charCodeAt(i + 1) : 32;
        if (c === 33 && nx !== 61) r.exclamations++;
        if (c === 63) r.questions++;
        if ((nx === 32 || nx === 41 || nx === 34 || nx === 42 || i + 1 === e) && pendingSentence) {
          r.sentences++;
          pendingSentence = false;
        }
        if (nx === 32 || i + 1 === e) {
          prev1 = 0;
          prev2 = 0;
        }
        continue;
      }
      if (c === 42 && i + 1 < e && text.charCodeAt(i + 1) === 42) {
        boldMarks++;
        i++;
        continue;
      }
      if (c === 93 && i + 1 < e && text.charCodeAt(i + 1) === 40) {
        r.links++;
        continue;
      }
      if (c === 91 && i + 2 < e) {
        const d = text.charCodeAt(i + 1);
        if (d >= 48 && d <= 57 && (text.charCodeAt(i + 2) === 93 || (i + 3 < e && text.charCodeAt(i + 3) === 93))) r.links++;
        continue;
      }
      // "e.g." / "tl;dr": keep phrase context across '.', ';' inside tokens; break it on other punctuation.
      if (c !== 59 && c !== 45 && c !== 47) {
        prev1 = 0;
        prev2 = 0;
      }
    }
    if (wlen > 0) endWord();
    if (isHeading) {
      // Heading words belong to no paragraph: the next paragraph is the first under the heading.
      paraWords = 0;
    } else if (e > ws) {
      paraHasContent = true;
      const last = text.charCodeAt(e - 1);
      if (last !== 96) lastContentChar = last;
    }
    // A list item, heading or table row ends its own sentence-ish unit.
    if (pendingSentence && (isHeading || ws !== s || c0 === 124)) {
      r.sentences++;
      pendingSentence = false;
    }
  }
  if (pendingSentence) r.sentences++;
  if (paraHasContent && r.firstParaWords < 0) {
    r.firstParaWords = paraWords;
    r.firstParaEndsColon = lastContentChar === 58;
  }
  if (r.firstParaWords < 0) r.firstParaWords = 0;
  r.boldSpans = boldMarks >> 1;
  const lastPara = paraHasContent ? paraIndex : paraIndex - 1;
  r.wrapMarker = lastParaIndexWithWrap >= 0 && lastParaIndexWithWrap === lastPara && lastPara > 0 ? 1 : lastParaIndexWithWrap >= 0 ? 0.3 : 0;
  return r;
}

const cat = (r: RawCounts, bit: number) => r.cats[bitIndex(bit)]!;

/** Fixed transforms of the counts, before standardization (one value per axis, AXES order). */
export function rawFeatures(text: string): Float64Array {
  const r = countText(text ?? '');
  const out = new Float64Array(DIM);
  const w = r.words;
  const per100 = (x: number) => (100 * x) / (w + 10);
  const lines = Math.max(1, r.nonEmptyLines);
  out[0] = Math.log1p(w + r.codeChars / 5);
  out[1] = r.listItems / lines;
  out[2] = Math.log1p(r.headings);
  out[3] = Math.log1p(r.tableRows);
  out[4] = Math.log1p(r.codeLines + 0.5 * r.inlineCode);
  out[5] = Math.log1p(r.boldSpans);
  out[6] = Math.log1p(cat(r, EXAMPLE));
  out[7] = Math.log1p(r.numberedItems + 0.5 * cat(r, STEP));
  out[8] = r.summaryMarker + (w >= 120 && r.firstParaWords > 0 && r.firstParaWords <= 30 && !r.firstParaEndsColon ? 0.5 : 0);
  out[9] = r.wrapMarker;
  out[10] = per100(cat(r, HEDGE));
  out[11] = per100(cat(r, CERTAIN));
  out[12] = per100(cat(r, WARM) + 0.25 * cat(r, YOU));
  out[13] = Math.log1p(r.exclamations);
  out[14] = Math.log1p(r.emoji);
  out[15] = per100(cat(r, FORMAL) - cat(r, INFORMAL) - r.contractions);
  const cpw = w > 0 ? r.letters / w : 0;
  const wps = r.sentences > 0 ? Math.min(60, w / r.sentences) : 0;
  out[16] = w > 0 ? Math.max(0, Math.min(25, 4.71 * cpw + 0.5 * wps - 21.43)) : 0;
  out[17] = Math.log1p(r.questions);
  out[18] = Math.log1p(r.links + cat(r, CITE));
  out[19] = Math.log1p(cat(r, DISCLAIM));
  out[20] = per100(cat(r, FIRST));
  out[21] = Math.log1p(cat(r, VALIDATE));
  return out;
}

/**
 * Reference statistics (mean, sd) per axis, computed by calibrate.ts from the in-repo reference corpus
 * (reference-corpus.ts); a unit test checks they are in step. Pair differences only depend on the sd.
 */
export const REFERENCE: { mean: readonly number[]; sd: readonly number[] } = {
  mean: [3.608, 0.07, 0.046, 0.054, 0.237, 0.152, 0.129, 0.211, 0.083, 0.143, 0.527, 0.692, 0.782, 0.189, 0.106, -1.898, 4.859, 0.092, 0.106, 0.2, 0.657, 0.092],
  sd: [0.902, 0.185, 0.253, 0.294, 0.527, 0.408, 0.352, 0.5, 0.265, 0.346, 1.249, 1.675, 1.465, 0.403, 0.364, 4.201, 3.771, 0.24, 0.336, 0.487, 1.458, 0.24],
};

const CLIP = 5;

/**
 * The standardized style vector of a response. `prompt` is accepted for future prompt-relative axes and ignored
 * today (the context is classified separately, see classifyContext).
 */
export function extractFeatures(text: string, _prompt?: string): Float64Array {
  const raw = rawFeatures(text);
  for (let i = 0; i < DIM; i++) {
    const z = (raw[i]! - REFERENCE.mean[i]!) / REFERENCE.sd[i]!;
    raw[i] = z > CLIP ? CLIP : z < -CLIP ? -CLIP : z;
  }
  return raw;
}

// Keep AXES and the shared contract in step (checked by the tests too).
if (AXES.length !== AXIS_NAMES.length || AXES.some((a, i) => a.name !== AXIS_NAMES[i])) {
  throw new Error('features: AXES out of step with AXIS_NAMES');
}
