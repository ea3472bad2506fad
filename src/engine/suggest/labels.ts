import type { Situation } from '../types';

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
