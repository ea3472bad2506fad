// Abusive language: slurs, insults and profanity, weighted more when aimed at someone ("you idiots") than when
// about a thing ("this damn package"). Lexicon: phrasebank/signals/abuse.json.
import lexicon from '../../../phrasebank/signals/abuse.json';
import { tokenise, type Token } from '../text/tokenise';
import type { AbuseReading } from '../types';
import { evidenceOf, readWeightedTerms, readWordList, WeightedLexicon, type LexiconHit } from './lexicon';

const FILE = 'phrasebank/signals/abuse.json';

type Kind = 'profanity' | 'insult' | 'slur' | 'targetedOnly' | 'target';

/** How many words may stand between a target ("you") and the insult it aims ("you are all idiots"). */
const TARGET_REACH = 3;
const POSSESSIVES = new Set(['your', 'ur']);

function readNumber(key: 'threshold' | 'targetedMultiplier'): number {
  const value = (lexicon as Record<string, unknown>)[key];
  if (typeof value !== 'number' || value <= 0) throw new Error(`${FILE}: "${key}" must be a positive number`);
  return value;
}

const THRESHOLD = readNumber('threshold');
const TARGETED_MULTIPLIER = readNumber('targetedMultiplier');

// Compiled once, when the module loads. No typo tolerance: "batches" is a typo away from a swear word.
const MATCHER = new WeightedLexicon<Kind>(
  [
    ...readWeightedTerms(FILE, 'profanity', lexicon.profanity).map((t) => ({ ...t, value: 'profanity' as const })),
    ...readWeightedTerms(FILE, 'insults', lexicon.insults).map((t) => ({ ...t, value: 'insult' as const })),
    ...readWeightedTerms(FILE, 'slurs', lexicon.slurs).map((t) => ({ ...t, value: 'slur' as const })),
    ...readWeightedTerms(FILE, 'targetedOnly', lexicon.targetedOnly).map((t) => ({ ...t, value: 'targetedOnly' as const })),
    ...readWordList(FILE, 'targets', lexicon.targets).map((pattern) => ({ pattern, weight: 0, value: 'target' as const })),
  ],
  { fuzzyMinLength: 0 },
);

/** The reading the engine shares, plus how strong the abuse is, for callers that grade their response. */
export interface AbuseAssessment extends AbuseReading {
  /** Sum of the weights found; 0 when clean. At least the lexicon threshold when abusive. */
  score: number;
  /** True when an insult or swear word was aimed at someone ("you idiots", "your useless company"). */
  targeted: boolean;
}

// Module functions rather than closures made per call: run through tsx, every named closure costs a
// defineProperty call when it is made.

/** True when target `t` is a possessive ("your"). */
function isPossessive(t: LexiconHit<Kind>, text: string): boolean {
  return POSSESSIVES.has(text.slice(t.start, t.end).toLowerCase());
}

/** True when a target stands shortly before the hit ("you are all idiots"). */
function isAimedAt(hit: LexiconHit<Kind>, targets: LexiconHit<Kind>[], text: string): boolean {
  return targets.some((t) => {
    const gap = hit.firstToken - t.lastToken - 1;
    if (t.lastToken >= hit.firstToken || gap > TARGET_REACH) return false;
    // After "your", a mild word insults only as an epithet ("your stupid company"): "your tracking page is
    // useless" criticises a thing, and an agent answering it needs empathy, not boundary-setting.
    return !(hit.value === 'targetedOnly' && isPossessive(t, text) && gap > 0);
  });
}

export function detectAbuse(text: string, tokens: Token[] = tokenise(text), offset = 0): AbuseAssessment {
  const hits = MATCHER.match(tokens);
  const targets = hits.filter((h) => h.value === 'target');
  let score = 0;
  let targeted = false;
  const counted: LexiconHit<Kind>[] = [];
  for (const hit of hits) {
    if (hit.value === 'target') continue;
    // A longer term containing a shorter one ("shut the fuck up" over "fuck") counts once, as the longer one.
    const covering = hits.some(
      (other) =>
        other !== hit &&
        other.value !== 'target' &&
        other.firstToken <= hit.firstToken &&
        other.lastToken >= hit.lastToken &&
        other.lastToken - other.firstToken > hit.lastToken - hit.firstToken,
    );
    if (covering) continue;
    const isAimed = isAimedAt(hit, targets, text);
    if (hit.value === 'targetedOnly' && !isAimed) continue;
    targeted ||= isAimed;
    score += isAimed ? hit.weight * TARGETED_MULTIPLIER : hit.weight;
    counted.push(hit);
  }
  return {
    abusive: score >= THRESHOLD,
    score,
    targeted,
    evidence: counted.map((hit) => evidenceOf(text, hit, offset)),
  };
}
