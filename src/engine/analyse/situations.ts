// Which difficult situations a customer text is about, from the weighted terms of phrasebank/signals/situations.json.
import lexicon from '../../../phrasebank/signals/situations.json';
import { tokenise, type Token } from '../text/tokenise';
import { SITUATIONS, type Evidence, type Situation, type SituationHit } from '../types';
import { sortedStably } from '../sorted-stably';
import { evidenceOf, readWeightedTerms, readWordList, WeightedLexicon, type LexiconHit } from './lexicon';

const FILE = 'phrasebank/signals/situations.json';

function readLexicon(data: { threshold: unknown; situations: Record<string, unknown>; plainWords: unknown }) {
  if (typeof data.threshold !== 'number' || data.threshold <= 0) throw new Error(`${FILE}: "threshold" must be a positive number`);
  const terms: { pattern: string; weight: number; value: Situation }[] = [];
  for (const [id, list] of Object.entries(data.situations)) {
    if (!SITUATIONS.includes(id as Situation)) throw new Error(`${FILE}: unknown situation "${id}" (known: ${SITUATIONS.join(', ')})`);
    for (const term of readWeightedTerms(FILE, `situations.${id}`, list)) terms.push({ ...term, value: id as Situation });
  }
  const plainWords = readWordList(FILE, 'plainWords', data.plainWords);
  return { threshold: data.threshold, matcher: new WeightedLexicon(terms, { plainWords }) };
}

// Compiled once, when the module loads.
const { threshold: THRESHOLD, matcher: MATCHER } = readLexicon(lexicon);

/** A situation's raw points in one text: the sum of its terms' weights, and where the positive terms were. */
export interface SituationTally {
  id: Situation;
  points: number;
  evidence: Evidence[];
}

type Hit = LexiconHit<Situation>;

function heavierOrLonger(a: Hit, b: Hit): boolean {
  return a.weight > b.weight || (a.weight === b.weight && a.lastToken - a.firstToken > b.lastToken - b.firstToken);
}

function startsEarlier(a: Hit, b: Hit): boolean {
  return a.start < b.start;
}

/**
 * Points per situation. Each distinct pattern counts once, however often it occurs; of overlapping positive hits
 * of one situation only the heaviest counts ("refund policy" and "refund" on the same word are one signal).
 * Negative terms always count. `offset` shifts evidence offsets when `text` is a window of a longer text.
 */
export function tallySituations(text: string, tokens: Token[] = tokenise(text), offset = 0): SituationTally[] {
  const hits = MATCHER.match(tokens);
  // A text holds a handful of hits over a few situations: arrays scanned in place cost less than a Map of lists
  // and a Set per situation. Situations come in the order of their first hit.
  const situations: Situation[] = [];
  for (const hit of hits) if (!situations.includes(hit.value)) situations.push(hit.value);
  const tallies: SituationTally[] = [];
  for (const id of situations) {
    const counted: string[] = [];
    const kept: Hit[] = [];
    let points = 0;
    const heaviestFirst = sortedStably(
      hits.filter((hit) => hit.value === id),
      heavierOrLonger,
    );
    for (const hit of heaviestFirst) {
      if (hit.weight > 0 && overlapsAny(kept, hit)) continue;
      if (hit.weight > 0) kept.push(hit);
      if (counted.includes(hit.pattern)) continue;
      counted.push(hit.pattern);
      points += hit.weight;
    }
    const inTextOrder = sortedStably(kept, startsEarlier);
    tallies.push({ id, points, evidence: inTextOrder.map((hit) => evidenceOf(text, hit, offset)) });
  }
  return tallies;
}

function overlapsAny(kept: readonly Hit[], hit: Hit): boolean {
  for (const k of kept) if (k.firstToken <= hit.lastToken && hit.firstToken <= k.lastToken) return true;
  return false;
}

/**
 * Situations that reach the threshold, best first. The score maps points onto 0..1 (0.5 at the threshold, 0.75 at
 * twice the threshold) so callers can weigh it without knowing the lexicon's scale.
 */
export function rankSituations(tallies: SituationTally[]): SituationHit[] {
  return sortedStably(
    tallies.filter((t) => t.points >= THRESHOLD),
    morePointsOrEarlier,
  ).map((t) => ({ id: t.id, score: Math.round((1 - 0.5 ** (t.points / THRESHOLD)) * 1000) / 1000, evidence: t.evidence }));
}

function morePointsOrEarlier(a: SituationTally, b: SituationTally): boolean {
  return a.points > b.points || (a.points === b.points && (a.evidence[0]?.start ?? 0) < (b.evidence[0]?.start ?? 0));
}

export function detectSituations(text: string, tokens: Token[] = tokenise(text)): SituationHit[] {
  return rankSituations(tallySituations(text, tokens));
}
