import type { Category, Mood, ReplyStage, Situation } from '../engine/types';

export const SITUATION_LABELS: Record<Situation, string> = {
  delivery: 'Delivery',
  refund: 'Refund',
  faulty: 'Faulty product',
  billing: 'Billing error',
  discount: 'Promo not applied',
  cancellation: 'Cancellation',
  unavailable: "Can't provide",
  technical: 'Technical',
  waiting: 'Kept waiting',
  escalation: 'Wants a manager',
  complaint: 'Complaint',
};

export const MOOD_LABELS: Record<Mood, string> = {
  calm: 'Calm',
  frustrated: 'Frustrated',
  angry: 'Angry',
};

export const STAGE_LABELS: Record<ReplyStage, string> = {
  acknowledge: 'Acknowledge',
  own: 'Own it',
  address: 'Address',
  'next-step': 'Next step',
  close: 'Close',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  empathy: 'Empathy',
  apology: 'Apology',
  ownership: 'Ownership',
  'de-escalation': 'De-escalation',
  boundary: 'Boundary',
  reassurance: 'Reassurance',
  'yes-if': 'Yes, if…',
  policy: 'Policy',
  'delay-update': 'Delay update',
  'cant-provide': "Can't provide",
  'hard-question': 'Hard question',
  'info-gathering': 'Questions',
  'escalation-handoff': 'Escalation',
  compromise: 'Compromise',
  'follow-up': 'Follow-up',
  closing: 'Closing',
};
