// Concept classes for the semantic bounds layer: broad synonym fields (several languages) that let the classifier
// generalize from "ignore your guidelines" to "set aside your configuration" without a rule for every wording. A word
// belongs to a concept when it equals an entry or starts with an entry marked "*". These are
// general semantic fields, not attack phrasings: the classifier learns from the corpus which combinations matter
// (a concept alone decides nothing). Data in code, frozen; used by features.ts only.

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
  STYLE:
    'concise brief short shorter bullet* table tables heading* format* tone formal casual friendly warm emoji* jargon plain simple spelling example* code summary summar* length paragraph* markdown header* language english german spanish french words sentence* detail* step* explain*',
});

/** Exact words → concept ids. */
const EXACT = new Map<string, string[]>();
/** Stems (entries marked "*", at least three letters) by their first three letters → [stem, concept]. */
const STEMS = new Map<string, [string, string][]>();
for (const [concept, list] of Object.entries(FIELDS)) {
  for (const raw of list.split(' ')) {
    if (raw.endsWith('*') && raw.length > 3) {
      const stem = raw.slice(0, -1);
      const key = stem.slice(0, 3);
      STEMS.set(key, [...(STEMS.get(key) ?? []), [stem, concept]]);
    } else EXACT.set(raw.replace(/\*$/, ''), [...(EXACT.get(raw.replace(/\*$/, '')) ?? []), concept]);
  }
}

// Words repeat a lot; remember recent answers (bounded, so memory stays small).
const MEMO = new Map<string, readonly string[]>();
const MEMO_SIZE = 4096;

/** The concepts of one word (apostrophes already removed, lowercase), sorted. */
export function conceptsOf(word: string): readonly string[] {
  const known = MEMO.get(word);
  if (known) return known;
  const out = new Set<string>(EXACT.get(word) ?? []);
  for (const [stem, concept] of STEMS.get(word.slice(0, 3)) ?? []) if (word.startsWith(stem)) out.add(concept);
  const result = Object.freeze([...out].sort());
  if (MEMO.size >= MEMO_SIZE) MEMO.clear();
  MEMO.set(word, result);
  return result;
}
