// The full score of one candidate phrase, with the reasons an agent sees. Weights are chosen so the fit to the
// ticket (situation, triggers) dominates, mood and policy shape it, and the agent's habits only nudge it.
//
// Scoring runs on every candidate of every ticket (a hundred or more), but only the few phrases shown need their
// reasons: the scorer reads the bank's precomputed statics (bank-index.ts) and writes reasons only when asked.
import { SITUATIONS, type Phrase, type Situation } from '../types';
import type { BankIndex } from './bank-index';
import { MOOD_REASONS, SITUATION_REASON_LABELS } from './labels';
import type { ReplyPolicy } from './policy';
import { historyCount } from './history';
import { freshStamps, type Stamps } from './stamps';
import type { ChoiceHistory } from './types';

/** Per detected situation, scaled by its score relative to the best one (the best counts fully). */
export const SITUATION_MATCH = 3;
/** A phrase for any situation fits every ticket, but only weakly. */
export const SITUATION_ANY = 1;
/** The first trigger found in the customer's words, then each further one, up to a cap. */
export const TRIGGER_FIRST = 2.5;
export const TRIGGER_MORE = 1;
export const TRIGGER_CAP = 4.5;
/**
 * History is log-scaled and capped: a favourite rises among equals, but the cap (0.75) stays below the gap
 * between a phrase for the detected situation and a generic one (≥ 2), and below one trigger hit.
 */
export const PICKED_STEP = 0.3;
export const PICKED_CAP = 0.75;
export const DISMISSED_STEP = 0.6;
export const DISMISSED_CAP = 2;

/**
 * `{{fill:…}}` slots the agent can only fill when the customer asked for that thing: the code or percentage
 * off they asked for, the answer to their question, what they demanded. Dates, names and options are the
 * agent's own to give on any ticket.
 */
const REQUEST_SLOTS = /\{\{fill:(?:request|answer|discount_code|percent|change|audience)\}\}/;

/** True when the phrase answers something the customer must have asked for (it holds a request slot). */
export function answersARequest(phrase: Phrase): boolean {
  return REQUEST_SLOTS.test(phrase.text);
}

export interface ScoringInput {
  policy: ReplyPolicy;
  /** Detected situations with their weight relative to the strongest (0..1]. */
  situations: ReadonlyMap<Situation, number>;
  /** Trigger patterns found in the customer text, by pattern number. */
  triggersFound: ReadonlySet<number>;
  history?: ChoiceHistory;
}

/** The ticket's situations and the policy's category bonuses, by number, as scoring reads them. */
interface TicketLayout {
  detected: boolean[];
  /** Per situation number, what matching it adds (SITUATION_MATCH × its weight; 0 when not detected). */
  situationPoints: number[];
  /** Per category number, the policy's bonus and the reason shown for it (ReplyPolicy). */
  bonuses: readonly number[];
  bonusReasons: readonly (string | undefined)[];
}

function layOut(input: ScoringInput): TicketLayout {
  // Plain arrays for these few numbers: allocating a typed array costs more than scoring a dozen phrases.
  const detected = SITUATIONS.map(() => false);
  const situationPoints = SITUATIONS.map(() => 0);
  for (const [situation, weight] of input.situations) {
    const n = SITUATIONS.indexOf(situation);
    if (n < 0) continue;
    detected[n] = true;
    situationPoints[n] = SITUATION_MATCH * weight;
  }
  return { detected, situationPoints, bonuses: input.policy.bonuses, bonusReasons: input.policy.bonusReasons };
}

// Reasons shown under phrases, made once rather than per suggestion.
const SITUATION_REASONS: readonly string[] = SITUATIONS.map((situation) => `situation: ${SITUATION_REASON_LABELS[situation]}`);

/**
 * Above every score (scorer adds its terms in another order, so a rounding's worth more): a ceiling must never
 * be below the score it bounds.
 */
const CEILING_MARGIN = 1e-9;

// Which trigger patterns this ticket's text holds, by pattern number: one stamp array per bank, reused by every
// ticket (a new ticket takes a new stamp), so a scorer allocates nothing in proportion to the bank.
const foundByIndex = new WeakMap<BankIndex, Stamps>();

/**
 * The scores of phrases for one ticket, by bank index. The ticket's situations, category bonuses and triggers are
 * laid out by number once, so scoring a candidate reads arrays only.
 *
 * A phrase may be offered on the ticket's situation and mood alone only when it was written for both. Otherwise it
 * needs the customer's words (a trigger) or the agent's favour: a phrase written for other situations (a
 * late-delivery line on a refund ticket), for other moods ("I'm glad that's resolved" is for a content customer,
 * not an angry one), or one that answers a request (see `answersARequest`).
 */
// One ticket's scorer is in use at a time per bank (suggestions are made one after another): the found triggers
// live in the bank's stamp array until the next scorer is made.
export class TicketScorer {
  private readonly layout: TicketLayout;
  private readonly fit: Float64Array;
  private readonly mismatch: Uint8Array;
  private readonly found: Stamps;
  private readonly history: ChoiceHistory | undefined;
  /** The detected situations as bits, as in a bucket's mask. */
  readonly detectedMask: number;

  constructor(
    private readonly index: BankIndex,
    private readonly input: ScoringInput,
  ) {
    this.layout = layOut(input);
    this.fit = index.statics.fit[input.policy.mood];
    this.mismatch = index.statics.moodMismatch[input.policy.mood];
    this.history = input.history;
    this.found = freshStamps(foundByIndex, index, index.triggerPatterns.length);
    for (const n of input.triggersFound) this.found.mark(n);
    let mask = 0;
    for (let n = 0; n < SITUATIONS.length; n++) if (this.layout.detected[n]) mask |= 1 << n;
    this.detectedMask = mask;
  }

  /** The score of phrase `i` when it may be offered, NaN when it may not. */
  score(i: number): number {
    const triggerScore = this.triggerScore(i);
    const picked = this.history ? historyCount(this.history.picked, this.index.phrases[i]!.id) : 0;
    if (triggerScore === 0 && picked === 0 && !this.fitsTicket(i)) return NaN;
    return this.total(i, triggerScore, picked);
  }

  /**
   * `score` of a phrase reached through a situation-set bucket that fits the ticket, when nothing lifts it (no
   * trigger of its was found and the agent has not picked it): it shares a detected situation or fits any, and the
   * trigger and pick terms are 0. A mood's bucket lists hold only phrases that may score so (bank-index.ts): none
   * is written for another mood or answers a request.
   *
   * `part` is the bucket's (`bucketPart`). Its detected situations are the phrase's; when the phrase lists them in
   * ascending order, `total` adds them up in the order the part did, so the part stands for them to the last bit.
   */
  scoreInBucket(i: number, part: number): number {
    const { statics } = this.index;
    if (this.history === undefined && statics.situationsAscend[i] === 1) {
      return part + this.fit[i]! + this.layout.bonuses[statics.category[i]!]!;
    }
    return this.total(i, 0, 0);
  }

  /** The sum every score is, term by term in one fixed order, so equal phrases score equal to the last bit. */
  private total(i: number, triggerScore: number, picked: number): number {
    const { statics } = this.index;
    const { detected, situationPoints } = this.layout;
    let score = 0;
    if (statics.anySituation[i]) {
      score += SITUATION_ANY;
    } else {
      for (let k = statics.situationStart[i]!, end = statics.situationStart[i + 1]!; k < end; k++) {
        const n = statics.situationList[k]!;
        if (detected[n]) score += situationPoints[n]!;
      }
    }
    // Mood and tone fit: the static part, the same wherever the phrase is found (fit.ts).
    score += this.fit[i]!;
    if (triggerScore > 0) score += Math.min(triggerScore, TRIGGER_CAP);
    score += this.layout.bonuses[statics.category[i]!]!;
    if (picked > 0) score += Math.min(PICKED_CAP, PICKED_STEP * Math.log2(1 + picked));
    if (this.history) {
      const dismissed = historyCount(this.history.dismissed, this.index.phrases[i]!.id);
      if (dismissed > 0) score -= Math.min(DISMISSED_CAP, DISMISSED_STEP * Math.log2(1 + dismissed));
    }
    return score;
  }

  /** Written for the ticket: one of its situations detected (or any situation), its mood, and no request slot. */
  private fitsTicket(i: number): boolean {
    const { statics } = this.index;
    if (this.mismatch[i] === 1 || statics.answersRequest[i] === 1) return false;
    if (statics.anySituation[i]) return true;
    for (let k = statics.situationStart[i]!, end = statics.situationStart[i + 1]!; k < end; k++) {
      if (this.layout.detected[statics.situationList[k]!]) return true;
    }
    return false;
  }

  /** Why phrase `i` is suggested, in the order its score adds them up: what an agent reads under the phrase. */
  reasons(i: number): string[] {
    const { statics, phrases, triggerPatterns } = this.index;
    const { policy } = this.input;
    const reasons: string[] = [];
    if (!statics.anySituation[i]) {
      for (let k = statics.situationStart[i]!, end = statics.situationStart[i + 1]!; k < end; k++) {
        const n = statics.situationList[k]!;
        if (this.layout.detected[n]) reasons.push(SITUATION_REASONS[n]!);
      }
    }
    // Written for this mood (MOOD_MATCH), not merely for any mood.
    if (statics.moodMatch[policy.mood][i] === 1) reasons.push(MOOD_REASONS[policy.mood]);
    for (let k = statics.triggerStart[i]!, end = statics.triggerStart[i + 1]!; k < end; k++) {
      const n = statics.triggerList[k]!;
      if (this.found.has(n)) reasons.push(`trigger: "${triggerPatterns[n]}"`);
    }
    const bonusReason = this.layout.bonusReasons[statics.category[i]!];
    if (bonusReason && !reasons.includes(bonusReason)) reasons.push(bonusReason);
    const picked = historyCount(this.history?.picked, phrases[i]!.id);
    if (picked > 0) reasons.push(picked > 1 ? 'you often pick this' : 'you picked this before');
    return reasons;
  }

  /** The situation part of every score in a situation-set bucket with this mask (0: any situation). */
  bucketPart(mask: number): number {
    if (mask === 0) return SITUATION_ANY;
    let part = 0;
    // Each detected situation of the mask, lowest bit first.
    for (let bits = mask & this.detectedMask; bits !== 0; bits &= bits - 1) {
      part += this.layout.situationPoints[31 - Math.clz32(bits & -bits)]!;
    }
    return part;
  }

  /**
   * What every phrase of category `category` in a situation-set bucket whose part is `bucketPart` can score at most
   * beyond its static fit, when no trigger was found for it and the agent has not picked it: the bucket's part and
   * the category's bonus (a dismissal only lowers it). Add a phrase's fit (`ceilingOf`) for its ceiling.
   */
  ceilingBase(bucketPart: number, category: number): number {
    return bucketPart + this.layout.bonuses[category]! + CEILING_MARGIN;
  }

  /** The ceiling of phrase `i` over its list's `ceilingBase`: candidate gathering passes over phrases that cannot reach the leaders. */
  ceilingOf(base: number, i: number): number {
    return base + this.fit[i]!;
  }

  /** The first trigger found in the customer's words, then each further one; the cap is applied by the caller. */
  private triggerScore(i: number): number {
    const { triggerStart, triggerList } = this.index.statics;
    let triggerScore = 0;
    for (let k = triggerStart[i]!, end = triggerStart[i + 1]!; k < end; k++) {
      if (this.found.has(triggerList[k]!)) triggerScore += triggerScore === 0 ? TRIGGER_FIRST : TRIGGER_MORE;
    }
    return triggerScore;
  }
}

/** A phrase that may be offered, with its score; `reasons` are filled in only for the phrases shown. */
export interface Scored {
  index: number;
  phrase: Phrase;
  /** The phrase's category as a number in CATEGORIES. */
  category: number;
  score: number;
}

/** Best score first; equal scores by phrase id, so the order never depends on bank or index order. */
export function byScoreThenId(a: Scored, b: Scored): number {
  return b.score - a.score || (a.phrase.id < b.phrase.id ? -1 : a.phrase.id > b.phrase.id ? 1 : 0);
}
