// Concept classes for the semantic bounds layer: broad synonym fields (English here, about 30 more languages in
// concepts-i18n.ts) that let the classifier generalize from "ignore your guidelines" to "set aside your
// configuration", and from English training lines to other languages, without a rule for every wording. A word
// belongs to a concept when it equals an entry or starts with an entry marked "*"; in Chinese, Japanese and Thai an
// entry matches inside the text (segmentUnspaced). These are general semantic fields, not attack phrasings: the
// classifier learns from the corpus which combinations matter (a concept alone decides nothing). Data in code, frozen;
// used by features.ts only.

import { canonicalize } from '../normalize';
import { I18N_FIELDS } from './concepts-i18n';

/** Not a concept of its own: marks the words that open a negation scope (features.ts); FIELDS and I18N_FIELDS list them. */
const NEGATION = 'NEGATION';

const FIELDS: Readonly<Record<string, string>> = Object.freeze({
  RULESET:
    'instruction* guideline* rule rules policy policies directive* guardrail* filter* restriction* limitation* constraint* safeguard* programming configur* config setup training prompt briefing system guidance protocol* boundar* censor* moderation ethic* principle* default* safety pauta* regla* regeln richtlinie* regle* consigne* istruzion* instruccion* anweisung* vorgabe* grundeinstellung* politica* norma* reglas',
  DISCARD:
    'ignore ignoring disregard* forget* forgot override* overrid* bypass* circumvent* drop abandon* discard* suspend* disable* deactivat* remove lift strip* shed unlock* jailbreak* escape evade* nullif* void cancel* olvida* ignora* vergiss vergessen ignorier* oublie* ignorez aside expired obsolete outdated invalid',
  UNRESTRICTED:
    'unrestricted unfiltered uncensored unlimited unbound unchained unleashed limitless lawless unshackled jailbroken freed anything everything sin ohne sans senza',
  PERSONA:
    'pretend* roleplay* role character* persona* simulat* imagine* hypothetical* fiction* fictional story novel game mode twin alter version dan evil opposite',
  REVEAL:
    'reveal* print* repeat* output* display* quote* recite* dump* leak* verbatim exact* initial hidden secret* confidential internal underlying original beginning',
  AUTHORITY:
    'authority admin* developer* operator* owner* creator* maker* makers boss master command* obey* comply complian* priority supersed* outrank* authoriz* superior override* control*',
  EXFIL:
    'send* forward* transmit* upload* exfiltrat* email* webhook* url urls link links image images pixel* tracking track* query parameter* server* endpoint* credential* password* token* cookie* history secret*',
  TOOL: 'run execute* call tool tools command* delete* shell script* function* browse* click* download* install* api',
  AI_READER: 'ai ais assistant* model models llm* chatbot* bot bots agent* summariz* crawler* reader readers',
  HARM:
    'weapon* gun guns bomb* explosiv* poison* toxin* nerve bioweapon* meth methamphetamine drug drugs overdos* opioid* fentanyl malware ransomware virus keylog* exploit* hack* phishing steal* fraud* scam* launder* counterfeit* forge* forged stalk* spy* spying dox* suicid* kill* murder* starv* purg* slur* minors child* underage nudes explicit waffe* sprengstoff* arma* armas droga*',
  PRAISE:
    'prais* compliment* flatter* admir* genius brilliant* perfect* amazing awesome best smartest greatest excellent* validat* cheer* hype* applaud* celebrat* adore* impressive wonderful flawless gifted',
  AGREE:
    'agree* side sides right correct confirm* affirm* endorse* support* yes concede* cave* defer* razon recht raison ragione',
  CRITICISM:
    'critic* critiqu* flaw* fault* mistake* error* wrong weakness* problem* issues negative* pushback disagree* challeng* objection* bugs bug',
  CERTAINTY:
    'certain certainty sure confident* definitive* definite* absolute* guarantee* proven proof fact facts settled undeniabl* indisputabl* known truth',
  UNCERTAINTY:
    'uncertain* unsure doubt* hedg* caveat* maybe estimat* guess* unknown mixed evidence unclear tentative* unsicher* incertidumbre incertitude probabl* confidence',
  FABRICATE:
    'invent* fabricat* made fake* plausibl* imaginary bogus erfind* erfinde inventa* invente* fictitious',
  CONCEAL:
    'hide* hidden omit* conceal* suppress* downplay* gloss bury withhold* censor* mention* exclude* cover',
  RISK: 'risk* danger* side effect* warning* downside* harm* hazard* contraindicat* caution* safety',
  SOURCE: 'source* citation* cite* citing reference* study studies paper* statistic* quellen fuentes sources journal*',
  EMOTION:
    'guilt* shame* fear* scare* threat* blackmail* pressur* intimidat* panic* anxi* insecur* lonely vulnerabl* desperat* emotional* afraid terrif* worry*',
  DECEIVE:
    'deceiv* decept* trick* lie lies lying mislead* manipulat* gaslight* exploit* dupe* fool* false* pretend* impersonat* astroturf* sockpuppet* catfish* believe convinc* persuad* memory',
  DARK_PATTERN:
    'urgency urgent scarcity countdown* timer* limited confusing hidden fee fees trap* subscri* cancel* unsubscrib* opt nudg* addictive* isolat* rely depend*',
  OTHER_PERSON:
    'partner* wife husband girlfriend boyfriend ex neighbor* neighbour* coworker* colleague* friend* brother* sister* mother* father* mom dad parent* elderly grandma* customer* users voters people employee* kid kids teen* victim* target* someone person',
  ONE_SIDE:
    'only exclusively solely one-sided sided side perspective* viewpoint* view opinion* narrative* agenda propaganda bias* slant* spin frame* framing* single',
  BALANCE:
    'other opposing opposition counterargument* counterpoint* both balance* neutral* fair* fairly nuanc* alternative* multiple various different',
  CONTESTED:
    'politic* election* vote* voting party parties left right conservativ* liberal* progressiv* democrat* republican* immigra* abortion* gun climate vaccin* israel* palestin* religio* capitalism socialism communism capital punishment death penalty gender trans feminis* war migration border* borders',
  DISMISS:
    'dismiss* ridicul* mock* villain* evil idiot* stupid indefensibl* crazy delusional enemy enemies demoniz* worthless inferior disgusting',
  ABSOLUTE: 'always never every everything whatever regardless matter all each any anything nothing siempre nunca immer jamais toujours',
  NEGATION:
    'no not never dont doesnt didnt cant cannot wont shouldnt mustnt isnt arent without nor neither stop avoid skip nothing none nobody nicht kein keine keinen nie niemals ohne ne pas jamais sans nunca sin nao non mai senza niet geen nooit bez',
  STYLE:
    'concise brief short shorter bullet* table tables heading* format* tone formal casual friendly warm emoji* jargon plain simple spelling example* code summary summar* length paragraph* markdown header* language english german spanish french words sentence* detail* step* explain*',
});

/** Scripts written without spaces between words: their entries match anywhere inside a word (substrings). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** Hangul stems may be two syllables (particles attach after them); other stems need three characters. */
const HANGUL = /\p{Script=Hangul}/u;
/** Prefix clitics written joined to the word ("and-the-rules"); tried only when the whole word names no concept. */
const CLITICS: readonly [RegExp, readonly string[]][] = [
  [/^\p{Script=Arabic}/u, ['وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'ال', 'نمی', 'می', 'و', 'ف', 'ب', 'ل', 'ك']],
  [/^\p{Script=Hebrew}/u, ['וה', 'שה', 'וב', 'ול', 'ומ', 'וש', 'בה', 'לה', 'מה', 'כש', 'ו', 'ש', 'ה', 'ב', 'ל', 'מ', 'כ']],
];

interface Index {
  /** Exact words → concept ids. */
  exact: Map<string, string[]>;
  /** Stems (entries marked "*") by their first two characters → [stem, concept]. */
  stems: Map<string, [string, string][]>;
  /** Substring entries of unspaced scripts by their first character → [entry, concept], longest first. */
  infixes: Map<string, [string, string][]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addEntry(index: Index, raw: string, concept: string, canonical: boolean): void {
  const star = raw.endsWith('*');
  // Entries are matched against canonicalized text (lowercase, no diacritics, Latin lookalikes folded), so they are
  // canonicalized the same way; the English fields above are already in that form.
  // Cyrillic, Greek and Armenian entries keep their script: folded into Latin lookalikes they would fire on English
  // words ("ποτέ" → "note", "ніде" → "hide", "не" → "he"). They match the classifier's script-keeping view.
  const entry = canonical ? raw.replace(/\*$/, '') : canonicalize(raw.replace(/\*$/, ''), false, true);
  if (!entry || /\s/.test(entry)) return;
  if (UNSPACED.test(entry)) {
    if ([...entry].length < 2) return;
    push(index.infixes, entry[0]!, [entry, concept]);
    push(index.exact, entry, concept); // the piece segmentUnspaced cuts out is then looked up as a word
  } else if (star && entry.length >= (HANGUL.test(entry) ? 2 : 3)) push(index.stems, entry.slice(0, 2), [entry, concept]);
  else push(index.exact, entry, concept);
}

let built: Index | null = null;

/** Built on first use, not at load: about 27,000 entries to canonicalize, which a waking service worker need not pay. */
function index(): Index {
  if (built) return built;
  const idx: Index = { exact: new Map(), stems: new Map(), infixes: new Map() };
  for (const [concept, list] of Object.entries(FIELDS)) for (const raw of list.split(' ')) addEntry(idx, raw, concept, true);
  for (const [concept, byLanguage] of Object.entries(I18N_FIELDS)) {
    for (const list of Object.values(byLanguage)) for (const raw of list.split(/\s+/)) if (raw) addEntry(idx, raw, concept, false);
  }
  for (const list of idx.infixes.values()) list.sort((a, b) => b[0].length - a[0].length);
  built = idx;
  return idx;
}

interface WordInfo {
  concepts: readonly string[];
  negates: boolean;
}

// Words repeat a lot; remember recent answers (bounded, so memory stays small).
const MEMO = new Map<string, WordInfo>();
const MEMO_SIZE = 4096;

function lookup(word: string): Set<string> {
  const { exact, stems } = index();
  const out = new Set<string>(exact.get(word) ?? []);
  for (const [stem, concept] of stems.get(word.slice(0, 2)) ?? []) if (word.startsWith(stem)) out.add(concept);
  return out;
}

function lookupWithClitics(word: string): Set<string> {
  const out = lookup(word);
  if (out.size > 0) return out;
  for (const [script, prefixes] of CLITICS) {
    if (!script.test(word)) continue;
    for (const p of prefixes) {
      if (word.startsWith(p) && [...word].length - [...p].length >= 2) {
        const found = lookup(word.slice(p.length));
        if (found.size > 0) return found;
      }
    }
  }
  return out;
}

/** One lookup per word for both questions below. */
function wordInfo(word: string): WordInfo {
  const known = MEMO.get(word);
  if (known) return known;
  const found = lookupWithClitics(word);
  const negates = found.delete(NEGATION);
  const info: WordInfo = Object.freeze({ concepts: Object.freeze([...found].sort()), negates });
  if (MEMO.size >= MEMO_SIZE) MEMO.clear();
  MEMO.set(word, info);
  return info;
}

/**
 * The concepts of one word (apostrophes already removed, lowercase), sorted; NEGATION is not among them (see
 * isNegation). Words of unspaced scripts are split by segmentUnspaced first.
 */
export function conceptsOf(word: string): readonly string[] {
  return wordInfo(word).concepts;
}

/** Whether a word (of any of the lexicon's languages) opens a negation scope: "not", "nie", "нет", "不要"… */
export function isNegation(word: string): boolean {
  return wordInfo(word).negates;
}

/**
 * Splits a word of an unspaced script (Chinese, Japanese, Thai) at the lexicon's entries, longest match first:
 * "忽略所有规则" → ["忽略", "所有", "规则"] when those are entries; text between entries stays one piece. Other words
 * come back whole.
 */
export function segmentUnspaced(word: string): string[] {
  if (!UNSPACED.test(word)) return [word];
  const { infixes } = index();
  const out: string[] = [];
  let pending = '';
  for (let i = 0; i < word.length; ) {
    const hit = (infixes.get(word[i]!) ?? []).find(([entry]) => word.startsWith(entry, i));
    if (hit) {
      if (pending) out.push(pending);
      pending = '';
      out.push(hit[0]);
      i += hit[0].length;
    } else pending += word[i++];
  }
  if (pending) out.push(pending);
  return out;
}
