// The full score of one candidate phrase, with the reasons an agent sees. Weights are chosen so the fit to the
// ticket (situation, triggers) dominates, mood and policy shape it, and the agent's habits only nudge it.
//
// Scoring runs on every candidate of every ticket (a hundred or more), but only the few phrases shown need their
// reasons: the scorer reads the bank's precomputed statics (bank-index.ts) and writes reasons only when asked.
import { CATEGORIES, SITUATIONS, type Phrase, type Situation } from '../types';
import type { BankIndex } from './bank-index';
import { SITUATION_REASON_LABELS } from './labels';
import type { ReplyPolicy } from './policy';
import { historyCount } from './history';
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

/**
 * The score of phrase `i` (a bank index) for this ticket when the phrase may be offered, NaN when it may not. Pass
 * `reasons` to have the reasons an agent sees pushed onto it.
 *
 * A phrase may be offered on the ticket's situation and mood alone only when it was written for both. Otherwise it
 * needs the customer's words (a trigger) or the agent's favour: a phrase written for other situations (a
 * late-delivery line on a refund ticket), for other moods ("I'm glad that's resolved" is for a content customer,
 * not an angry one), or one that answers a request (see `answersARequest`).
 */
export type PhraseScorer = (i: number, reasons?: string[]) => number;

/** The ticket's situations and the policy's category bonuses, by number, as scoring reads them. */
interface TicketLayout {
  detected: boolean[];
  /** Per situation number, its weight (0 when not detected). */
  weights: number[];
  bonuses: number[];
  /** Per category number, the bonus's reason when the bonus is positive. */
  bonusReasons: (string | undefined)[];
}

function layOut(input: ScoringInput): TicketLayout {
  // Plain arrays for these few numbers: allocating a typed array costs more than scoring a dozen phrases.
  const detected = SITUATIONS.map(() => false);
  const weights = SITUATIONS.map(() => 0);
  for (const [situation, weight] of input.situations) {
    const n = SITUATIONS.indexOf(situation);
    if (n < 0) continue;
    detected[n] = true;
    weights[n] = weight;
  }
  const bonuses = CATEGORIES.map(() => 0);
  const bonusReasons: (string | undefined)[] = [];
  for (const [category, { bonus, reason }] of input.policy.categoryBonus) {
    const n = CATEGORIES.indexOf(category);
    bonuses[n] = bonus;
    // The mood may already be a reason of its own.
    bonusReasons[n] = bonus > 0 ? reason : undefined;
  }
  return { detected, weights, bonuses, bonusReasons };
}

/** A scorer for one ticket: the ticket's situations and category bonuses are laid out by number once. */
export function createScorer(index: BankIndex, input: ScoringInput): PhraseScorer {
  const { policy, triggersFound, history } = input;
  const { statics, phraseTriggers, triggerPatterns, phrases } = index;
  const { detected, weights, bonuses, bonusReasons } = layOut(input);
  const found = new Uint8Array(triggerPatterns.length);
  for (const n of triggersFound) found[n] = 1;
  const fit = statics.fit[policy.mood];
  const mismatch = statics.moodMismatch[policy.mood];
  const moodReason = `mood: ${policy.mood}`;

  return (i, reasons) => {
    let score = 0;
    let situationsMatched = 0;
    if (statics.anySituation[i]) {
      score += SITUATION_ANY;
    } else {
      for (const n of statics.situations[i]!) {
        if (!detected[n]) continue;
        score += SITUATION_MATCH * weights[n]!;
        situationsMatched++;
        reasons?.push(`situation: ${SITUATION_REASON_LABELS[SITUATIONS[n]!]}`);
      }
    }

    // Mood and tone fit: the static part, the same wherever the phrase is found (fit.ts).
    score += fit[i]!;
    const moodMismatch = mismatch[i] === 1;
    // Written for this mood (MOOD_MATCH), not merely for any mood.
    if (reasons && phrases[i]!.moods.includes(policy.mood)) reasons.push(moodReason);

    let triggerScore = 0;
    for (const n of phraseTriggers[i]!) {
      if (!found[n]) continue;
      triggerScore += triggerScore === 0 ? TRIGGER_FIRST : TRIGGER_MORE;
      reasons?.push(`trigger: "${triggerPatterns[n]}"`);
    }
    score += Math.min(triggerScore, TRIGGER_CAP);

    const category = statics.category[i]!;
    score += bonuses[category]!;
    const bonusReason = bonusReasons[category];
    if (reasons && bonusReason && !reasons.includes(bonusReason)) reasons.push(bonusReason);

    let picked = 0;
    if (history) {
      const id = phrases[i]!.id;
      picked = historyCount(history.picked, id);
      const dismissed = historyCount(history.dismissed, id);
      if (picked > 0) {
        score += Math.min(PICKED_CAP, PICKED_STEP * Math.log2(1 + picked));
        reasons?.push(picked > 1 ? 'you often pick this' : 'you picked this before');
      }
      if (dismissed > 0) score -= Math.min(DISMISSED_CAP, DISMISSED_STEP * Math.log2(1 + dismissed));
    }

    const fitsTicket = (statics.anySituation[i] === 1 || situationsMatched > 0) && !moodMismatch && statics.answersRequest[i] === 0;
    return fitsTicket || triggerScore > 0 || picked > 0 ? score : NaN;
  };
}

/**
 * Above every score (scorer adds its terms in another order, so a rounding's worth more): a ceiling must never
 * be below the score it bounds.
 */
const CEILING_MARGIN = 1e-9;

/**
 * The most a phrase can score for this ticket when no trigger was found for it and the agent has not picked it:
 * its situation-set bucket's part, the static fit, the category's bonus (a dismissal only lowers it). Candidate
 * gathering passes over whole lists whose ceiling cannot reach the phrases already kept.
 */
export class ScoreCeiling {
  private readonly layout: TicketLayout;
  private readonly fit: Float64Array;
  /** The detected situations as bits, as in a bucket's mask. */
  private readonly detectedMask: number;

  constructor(index: BankIndex, input: ScoringInput) {
    this.layout = layOut(input);
    this.fit = index.statics.fit[input.policy.mood];
    this.detectedMask = this.layout.detected.reduce((mask, detected, n) => (detected ? mask | (1 << n) : mask), 0);
  }

  /** The situation part of every score in a situation-set bucket with this mask (0: any situation). */
  bucketPart(mask: number): number {
    if (mask === 0) return SITUATION_ANY;
    let part = 0;
    for (let bits = mask & this.detectedMask, n = 0; bits !== 0; bits >>>= 1, n++) {
      if (bits & 1) part += SITUATION_MATCH * this.layout.weights[n]!;
    }
    return part;
  }

  /** The ceiling of a bucket's category list whose best static fit is phrase `best`'s. */
  ofList(bucketPart: number, category: number, best: number): number {
    return bucketPart + this.fit[best]! + this.layout.bonuses[category]! + CEILING_MARGIN;
  }
}

/** A phrase that may be offered, with its score; `reasons` are filled in only for the phrases shown. */
export interface Scored {
  index: number;
  phrase: Phrase;
  score: number;
}

/** Best score first; equal scores by phrase id, so the order never depends on bank or index order. */
export function byScoreThenId(a: Scored, b: Scored): number {
  return b.score - a.score || (a.phrase.id < b.phrase.id ? -1 : a.phrase.id > b.phrase.id ? 1 : 0);
}
