import { REPLY_STAGES, type Category, type ReplyStage } from '../types';

/** Where each category sits in a well-built reply: acknowledge → own → address → next step → close. */
export const CATEGORY_STAGE: Readonly<Record<Category, ReplyStage>> = {
  empathy: 'acknowledge',
  'de-escalation': 'acknowledge',
  boundary: 'acknowledge',
  apology: 'own',
  ownership: 'own',
  policy: 'address',
  'yes-if': 'address',
  'cant-provide': 'address',
  'hard-question': 'address',
  'info-gathering': 'address',
  compromise: 'address',
  'delay-update': 'address',
  reassurance: 'next-step',
  'escalation-handoff': 'next-step',
  'follow-up': 'next-step',
  closing: 'close',
};

/** Position of a stage in the reply, for ordering suggestions the way a reply is written. */
export const STAGE_ORDER: Readonly<Record<ReplyStage, number>> = Object.fromEntries(
  REPLY_STAGES.map((stage, i) => [stage, i]),
) as Record<ReplyStage, number>;

/** The reply stage a category belongs to. */
export function categoryStage(category: Category): ReplyStage {
  return CATEGORY_STAGE[category];
}
