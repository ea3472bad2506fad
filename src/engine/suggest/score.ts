// The full score of one candidate phrase, with the reasons an agent sees. Weights are chosen so the fit to the
// ticket (situation, triggers) dominates, mood and policy shape it, and the agent's habits only nudge it.
import type { Phrase, Situation } from '../types';
import { MOOD_MATCH, MOOD_MISMATCH, moodFit, toneFit } from './fit';
import { SITUATION_REASON_LABELS } from './labels';
import type { ReplyPolicy } from './policy';
import { historyCount } from './history';
import type { ChoiceHistory } from './types';

/** Per detected situation, scaled by its score relative to the best one (the best counts fully). */
export const SITUATION_MATCH = 3;
/** A phrase for any situation fits every ticket, but only weakly. */
export const SITUATION_ANY = 1;
/** The first trigger found in the customer's words, then each further one, up to a cap. */
const TRIGGER_FIRST = 2.5;
const TRIGGER_MORE = 1;
const TRIGGER_CAP = 4.5;
/**
 * History is log-scaled and capped: a favourite rises among equals, but the cap (0.75) stays below the gap
 * between a phrase for the detected situation and a generic one (≥ 2), and below one trigger hit.
 */
const PICKED_STEP = 0.3;
export const PICKED_CAP = 0.75;
const DISMISSED_STEP = 0.6;
const DISMISSED_CAP = 2;

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
  triggerPatterns: readonly string[];
  history?: ChoiceHistory;
}

export interface Scored {
  index: number;
  phrase: Phrase;
  score: number;
  reasons: string[];
  /**
   * A phrase is offered on the ticket's situation and mood alone only when it was written for both. Otherwise it
   * needs the customer's words (a trigger) or the agent's favour: a phrase written for other situations (a
   * late-delivery line on a refund ticket), for other moods ("I'm glad that's resolved" is for a content
   * customer, not an angry one), or one that answers a request (see `answersARequest`).
   */
  relevant: boolean;
}

export function scorePhrase(index: number, phrase: Phrase, phraseTriggers: readonly number[], input: ScoringInput): Scored {
  const reasons: string[] = [];
  const { policy } = input;
  let score = 0;
  let situationsMatched = 0;

  if (phrase.situations.length === 0) {
    score += SITUATION_ANY;
  } else {
    phrase.situations.forEach((situation, k) => {
      const weight = input.situations.get(situation);
      // A situation listed twice still counts once.
      if (weight === undefined || phrase.situations.indexOf(situation) !== k) return;
      score += SITUATION_MATCH * weight;
      situationsMatched++;
      reasons.push(`situation: ${SITUATION_REASON_LABELS[situation]}`);
    });
  }

  const mood = moodFit(phrase, policy.mood);
  score += mood + toneFit(phrase.tone, policy.mood);
  if (mood === MOOD_MATCH) reasons.push(`mood: ${policy.mood}`);

  let triggerScore = 0;
  for (const n of phraseTriggers) {
    if (!input.triggersFound.has(n)) continue;
    triggerScore += triggerScore === 0 ? TRIGGER_FIRST : TRIGGER_MORE;
    reasons.push(`trigger: "${input.triggerPatterns[n]}"`);
  }
  score += Math.min(triggerScore, TRIGGER_CAP);

  const category = policy.categoryBonus.get(phrase.category);
  if (category) {
    score += category.bonus;
    // The mood may already be a reason of its own.
    if (category.bonus > 0 && category.reason && !reasons.includes(category.reason)) reasons.push(category.reason);
  }

  const picked = historyCount(input.history?.picked, phrase.id);
  const dismissed = historyCount(input.history?.dismissed, phrase.id);
  if (picked > 0) {
    score += Math.min(PICKED_CAP, PICKED_STEP * Math.log2(1 + picked));
    reasons.push(picked > 1 ? 'you often pick this' : 'you picked this before');
  }
  if (dismissed > 0) score -= Math.min(DISMISSED_CAP, DISMISSED_STEP * Math.log2(1 + dismissed));

  const fitsTicket =
    (phrase.situations.length === 0 || situationsMatched > 0) && mood !== MOOD_MISMATCH && !answersARequest(phrase);
  const relevant = fitsTicket || triggerScore > 0 || picked > 0;
  return { index, phrase, score, reasons, relevant };
}

/** Best score first; equal scores by phrase id, so the order never depends on bank or index order. */
export function byScoreThenId(a: Scored, b: Scored): number {
  return b.score - a.score || (a.phrase.id < b.phrase.id ? -1 : a.phrase.id > b.phrase.id ? 1 : 0);
}
