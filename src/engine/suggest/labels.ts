import { MOODS, type Mood, type Situation } from '../types';

/** How a situation reads inside a reason ("situation: late delivery"): short, lower-case, agent language. */
export const SITUATION_REASON_LABELS: Readonly<Record<Situation, string>> = {
  delivery: 'late delivery',
  refund: 'refund request',
  faulty: 'faulty product',
  billing: 'billing error',
  discount: 'promo not applied',
  cancellation: 'cancellation',
  unavailable: "can't provide",
  technical: 'technical problem',
  waiting: 'kept waiting',
  escalation: 'wants a manager',
  complaint: 'complaint',
};

/** The reason shown for a mood, whether a phrase was written for it or its category leads for it ("mood: angry"). */
export const MOOD_REASONS = Object.fromEntries(MOODS.map((mood) => [mood, `mood: ${mood}`])) as Readonly<Record<Mood, string>>;
