// How upset a customer sounds: calm, frustrated or angry, from a small weighted score over the cues of
// phrasebank/signals/mood.json (negative and hostile words, negation, intensifiers, repeated contact, threats,
// shouting, emoji and typed faces) plus the swearing the abuse analyser found, each weighed by where it stands
// (inside a plain question, or in a clause conceded before "but").
import lexicon from '../../../phrasebank/signals/mood.json';
import { tokenise, type Token } from '../text/tokenise';
import type { Evidence, MoodReading } from '../types';
import type { AbuseAssessment } from './abuse';
import { evidenceOf, readWeightedTerms, readWordList, WeightedLexicon, type LexiconHit } from './lexicon';

const FILE = 'phrasebank/signals/mood.json';

type Kind = 'negative' | 'hostile' | 'positive' | 'repeatedContact' | 'threat' | 'negator' | 'intensifier' | 'neutral';

function positiveNumber(value: unknown, key: string): number {
  if (typeof value !== 'number' || !(value > 0)) throw new Error(`${FILE}: "${key}" must be a positive number`);
  return value;
}

const UPSET_THRESHOLD = positiveNumber(lexicon.upsetThreshold, 'upsetThreshold');
const ANGRY_THRESHOLD = positiveNumber(lexicon.angryThreshold, 'angryThreshold');
const INTENSIFIER_FACTOR = positiveNumber(lexicon.intensifierFactor, 'intensifierFactor');
const QUESTION_FACTOR = positiveNumber(lexicon.questionFactor, 'questionFactor');
const CONTRAST_FACTOR = positiveNumber(lexicon.contrastFactor, 'contrastFactor');
const CAPS_WORD = positiveNumber(lexicon.shouting.capsWord, 'shouting.capsWord');
const CAPS_WORDS_MAX = positiveNumber(lexicon.shouting.capsWordsMax, 'shouting.capsWordsMax');
const EXCLAMATION_RUN = positiveNumber(lexicon.shouting.exclamationRun, 'shouting.exclamationRun');
const SWEARING = positiveNumber(lexicon.swearing, 'swearing');
const EMOJI_WEIGHT = positiveNumber(lexicon.emoji.weight, 'emoji.weight');
const UPSET_EMOJI = new Set(readWordList(FILE, 'emoji.upset', lexicon.emoji.upset));
const CALM_EMOJI = new Set(readWordList(FILE, 'emoji.calm', lexicon.emoji.calm));
// Pictographs and the older dingbats (☺ ❤), and the typed faces of the lists (":)", "<3"); the tokeniser skips
// them all, so they are read separately. A typed face stands apart, after a space or punctuation ("Status:Done" and
// "example.com/:D" hold none).
const PICTOGRAPH = /^[\u{1F300}-\u{1FAFF}\u2600-\u27BF]$/u;
const FACES = [...UPSET_EMOJI, ...CALM_EMOJI].filter((face) => !PICTOGRAPH.test(face));
const TYPED_FACES = FACES.map((face) => face.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const EMOJI = new RegExp(
  `[\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF]${TYPED_FACES.length > 0 ? `|(?<=^|[\\s.,!?])(?:${TYPED_FACES.join('|')})(?!\\w)` : ''}`,
  'gu',
);
// EMOJI is tried at every position, look-behind and all, and most tickets hold no emoji: one scan for a character
// an emoji or typed face starts with costs a fraction of that and decides whether to run it.
const EMOJI_START = new RegExp(
  `[\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF${FACES.map((face) => [...face][0]!.replace(/[\\\]\[^-]/, '\\$&')).join('')}]`,
  'u',
);

/** A negator reaches a cue up to this many words after it ("not really that good"). */
const NEGATION_REACH = 3;

function weighted(field: 'negative' | 'hostile' | 'positive' | 'repeatedContact' | 'threats', kind: Kind) {
  return readWeightedTerms(FILE, field, lexicon[field]).map((t) => ({ ...t, value: kind }));
}

// Compiled once, when the module loads. No typo tolerance: mood words are short and common, and a typo away
// from other common words ("having" → "hating", "passed" → "pissed", "think" → "thank").
const MATCHER = new WeightedLexicon<Kind>([
  ...weighted('negative', 'negative'),
  ...weighted('hostile', 'hostile'),
  ...weighted('positive', 'positive'),
  ...weighted('repeatedContact', 'repeatedContact'),
  ...weighted('threats', 'threat'),
  ...readWordList(FILE, 'negators', lexicon.negators).map((pattern) => ({ pattern, weight: 0, value: 'negator' as const })),
  ...readWordList(FILE, 'neutralPhrases', lexicon.neutralPhrases).map((pattern) => ({
    pattern,
    weight: 0,
    value: 'neutral' as const,
  })),
  ...readWordList(FILE, 'intensifiers', lexicon.intensifiers).map((pattern) => ({
    pattern,
    weight: 0,
    value: 'intensifier' as const,
  })),
], { fuzzyMinLength: 0 });

/** Raw points of one text, before they become a mood; kept apart so a snapshot can add up several messages. */
export interface MoodSignals {
  upset: number;
  anger: number;
  evidence: Evidence[];
}

const CLAUSE_BREAK = /[.!?;:,]|\bbut\b/i;
// A shouted word: three or more capital letters and no lower-case ("NEVER", "WON'T"); "I" and "OK" are too short,
// and a bracketed placeholder ("[NAME]", "[REDACTED]") is not shouting. One such word alone is more likely an
// acronym ("USA") than shouting, so it takes two.
const CAPS_WORD_RE = /(?<![\w[])[A-Z][A-Z']{2,}(?![\w\]])/g;
const CAPS_WORDS_MIN = 2;
const EXCLAMATIONS = /!{2,}|[!?]*\?![!?]*/g;

function isNegated(text: string, hit: LexiconHit<Kind>, negators: LexiconHit<Kind>[]): boolean {
  return negators.some(
    (n) =>
      n.lastToken < hit.firstToken &&
      hit.firstToken - n.lastToken - 1 < NEGATION_REACH &&
      !CLAUSE_BREAK.test(text.slice(n.end, hit.start)),
  );
}

// Where a cue stands changes what it says. In a plain question (a sentence ending in "?" with no "!") a
// complaint word mostly asks rather than vents ("Why doesn't the app load?"); before "but"/"however" in the same
// sentence, the clause is conceded and what follows carries the mood ("Thanks, but this is still broken").
const CONTRAST = /\b(?:but|however)\b/gi;

type Span = [start: number, end: number];

interface Shape {
  /** Every plain question. */
  questions: Span[];
  /** Every conceded clause: from the start of a sentence to its last "but"/"however". */
  conceded: Span[];
}

/** Ends a sentence: . ! ? or a new line. */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/**
 * A sentence is a run of other characters and the run of enders after it. One scan of the text, and one search
 * for "but"/"however" over all of it (a word never spans two sentences), rather than a pattern per sentence.
 */
function shapeOf(text: string): Shape {
  const questions: Span[] = [];
  const conceded: Span[] = [];
  const contrasts = Array.from(text.matchAll(CONTRAST), (m) => m.index);
  let next = 0;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && endsSentence(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && !endsSentence(text.charCodeAt(i))) i++;
    let asks = false;
    let exclaims = false;
    for (; i < text.length && endsSentence(text.charCodeAt(i)); i++) {
      if (text.charCodeAt(i) === 63) asks = true;
      else if (text.charCodeAt(i) === 33) exclaims = true;
    }
    if (asks && !exclaims) questions.push([start, i]);
    let last = -1;
    for (; next < contrasts.length && contrasts[next]! < i; next++) last = contrasts[next]!;
    if (last >= start) conceded.push([start, last]);
  }
  return { questions, conceded };
}

function within(spans: Span[], at: number): boolean {
  return spans.some(([start, end]) => at >= start && at < end);
}

function isCovered(hit: LexiconHit<Kind>, scoring: LexiconHit<Kind>[]): boolean {
  return scoring.some(
    (other) =>
      other !== hit &&
      other.firstToken <= hit.firstToken &&
      other.lastToken >= hit.lastToken &&
      other.lastToken - other.firstToken > hit.lastToken - hit.firstToken,
  );
}

export function readMoodSignals(
  text: string,
  tokens: Token[] = tokenise(text),
  abuse?: AbuseAssessment,
  offset = 0,
): MoodSignals {
  const hits = MATCHER.match(tokens);
  const negators = hits.filter((h) => h.value === 'negator');
  const intensifiers = hits.filter((h) => h.value === 'intensifier');
  // Neutral phrases ("I don't know", "no doubt") score nothing but hide the cues inside them.
  const scoring = hits.filter((h) => h.value !== 'negator' && h.value !== 'intensifier');
  const evidence: Evidence[] = [];
  let upset = 0;
  let anger = 0;
  let grievances = 0;
  // Most tickets hold no cue the shape can weigh: it is read only for the first one.
  let shape: Shape | undefined;

  for (const hit of scoring) {
    if (hit.value === 'neutral' || isCovered(hit, scoring)) continue;
    const intensified = intensifiers.some((i) => i.lastToken === hit.firstToken - 1);
    // Only plain complaint words are softened by a question: hostility, threats and repeated contact are not
    // ("Do I need a lawyer?" still threatens).
    shape ??= shapeOf(text);
    const asked = hit.value === 'negative' && within(shape.questions, hit.start);
    const weight =
      hit.weight *
      (intensified ? INTENSIFIER_FACTOR : 1) *
      (asked ? QUESTION_FACTOR : 1) *
      (within(shape.conceded, hit.start) ? CONTRAST_FACTOR : 1);
    const negatable = hit.value === 'negative' || hit.value === 'hostile' || hit.value === 'positive';
    const negated = negatable && isNegated(text, hit, negators);
    let contribution: number;
    if (hit.value === 'positive') contribution = negated ? weight : -weight;
    else contribution = negated ? 0 : weight;
    upset += contribution;
    if (!negated && (hit.value === 'hostile' || hit.value === 'threat')) anger += weight;
    if (contribution > 0) {
      grievances++;
      evidence.push(evidenceOf(text, hit, offset));
    }
  }

  for (const m of EMOJI_START.test(text) ? text.matchAll(EMOJI) : []) {
    if (UPSET_EMOJI.has(m[0])) {
      upset += EMOJI_WEIGHT;
      grievances++;
      evidence.push({ start: m.index + offset, end: m.index + m[0].length + offset, text: m[0] });
    } else if (CALM_EMOJI.has(m[0])) upset -= EMOJI_WEIGHT;
  }

  if (abuse && abuse.score > 0) {
    upset += abuse.score * SWEARING;
    anger += abuse.score;
    grievances++;
    // The abuse reading must come from the same text and offset: its evidence is reused as it is.
    evidence.push(...abuse.evidence);
  }

  // Shouting amplifies a grievance; on its own ("GO TEAM!!!") it is more often joy than anger.
  if (grievances > 0) {
    let shouting = 0;
    const capsWords = [...text.matchAll(CAPS_WORD_RE)];
    if (capsWords.length >= CAPS_WORDS_MIN) {
      for (const m of capsWords.slice(0, CAPS_WORDS_MAX)) {
        shouting += CAPS_WORD;
        evidence.push({ start: m.index + offset, end: m.index + m[0].length + offset, text: m[0] });
      }
    }
    const runs = [...text.matchAll(EXCLAMATIONS)];
    if (runs.length > 0) {
      shouting += EXCLAMATION_RUN;
      for (const m of runs) evidence.push({ start: m.index + offset, end: m.index + m[0].length + offset, text: m[0] });
    }
    upset += shouting;
    anger += shouting;
  }
  evidence.sort((a, b) => a.start - b.start);
  return { upset, anger, evidence };
}

export function moodFromSignals(signals: MoodSignals): MoodReading {
  const upset = Math.max(0, signals.upset);
  const mood = upset < UPSET_THRESHOLD ? 'calm' : signals.anger >= ANGRY_THRESHOLD ? 'angry' : 'frustrated';
  // 0 for no grievance, about 0.2 at the upset threshold, 0.5 at three times it, approaching 1 beyond.
  const intensity = Math.round((1 - 0.5 ** (upset / (3 * UPSET_THRESHOLD))) * 100) / 100;
  return { mood, intensity, evidence: mood === 'calm' && upset === 0 ? [] : signals.evidence };
}

export function readMood(text: string, tokens: Token[] = tokenise(text), abuse?: AbuseAssessment): MoodReading {
  return moodFromSignals(readMoodSignals(text, tokens, abuse));
}
