// Which of our categories (and situations) an imported phrase belongs to. A hint from the source — a folder name,
// a `Billing::` title prefix, a CSV category, a tag — counts only when it names one of ours, or a confident
// synonym: "Apologies" is our apology, but "Refunds" is a situation, not a kind of sentence, so it never picks a
// category. Without a usable hint, the text decides, by its opening words; failing that the phrase is filed under
// `reassurance`: a prepared macro mostly tells the customer what happens next, and that category claims no fault
// (apology), refuses nothing (cant-provide, policy) and sits at the "next step" stage of a reply, where a longer
// answer fits.
import { CATEGORIES, SITUATIONS, type Category, type Length, type Situation, type Tone } from '../types';

export const DEFAULT_CATEGORY: Category = 'reassurance';

const CATEGORY_SYNONYMS: Record<string, Category> = {
  sorry: 'apology',
  apologies: 'apology',
  'sign-off': 'closing',
  signoff: 'closing',
  'sign-offs': 'closing',
  signoffs: 'closing',
  closings: 'closing',
  followup: 'follow-up',
  followups: 'follow-up',
  'follow-ups': 'follow-up',
  escalation: 'escalation-handoff',
  escalations: 'escalation-handoff',
  handoff: 'escalation-handoff',
  'hand-off': 'escalation-handoff',
  handover: 'escalation-handoff',
  policies: 'policy',
  delays: 'delay-update',
  delay: 'delay-update',
  boundaries: 'boundary',
  deescalation: 'de-escalation',
  'info-request': 'info-gathering',
  'information-request': 'info-gathering',
  'more-info': 'info-gathering',
  'need-info': 'info-gathering',
};

const SITUATION_SYNONYMS: Record<string, Situation> = {
  refunds: 'refund',
  shipping: 'delivery',
  deliveries: 'delivery',
  payment: 'billing',
  payments: 'billing',
  invoices: 'billing',
  discounts: 'discount',
  coupons: 'discount',
  cancel: 'cancellation',
  cancellations: 'cancellation',
  'out-of-stock': 'unavailable',
  damaged: 'faulty',
  defective: 'faulty',
  'technical-support': 'technical',
  'tech-support': 'technical',
  complaints: 'complaint',
  escalations: 'escalation',
};

/** "Follow Ups", "follow_ups " → "follow-ups". */
function normalise(hint: string): string {
  return hint
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

function lookup<T extends string>(hint: string, vocabulary: readonly T[], synonyms: Record<string, T>): T | undefined {
  const name = normalise(hint);
  const singular = name.endsWith('s') ? name.slice(0, -1) : name;
  for (const candidate of [name, singular]) {
    if ((vocabulary as readonly string[]).includes(candidate)) return candidate as T;
    if (Object.hasOwn(synonyms, candidate)) return synonyms[candidate];
  }
  return undefined;
}

/** The first hint naming a category; hints are given most specific first. */
export function categoryFromHints(hints: readonly string[]): Category | undefined {
  for (const hint of hints) {
    const category = lookup(hint, CATEGORIES, CATEGORY_SYNONYMS);
    if (category) return category;
  }
  return undefined;
}

/** Every situation named by a hint or tag, once each, in vocabulary order. */
export function situationsFromHints(hints: readonly string[]): Situation[] {
  const found = new Set(hints.map((hint) => lookup(hint, SITUATIONS, SITUATION_SYNONYMS)));
  return SITUATIONS.filter((s) => found.has(s));
}

/** A short first line that only greets ("Hi {{ticket.requester.first_name}},"): not what the phrase is about. */
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^\n]{0,50}\n/i;
const APOLOGY = /^(?:(?:i|we)(?:'|’)?(?:m| am|re| are)\s+)?(?:(?:so|very|really|truly|terribly)\s+)?sorry\b|^(?:my|our)\s+(?:sincere\s+)?apologies\b|^apologies\b|^(?:i|we)\s+(?:sincerely\s+)?apologi[sz]e\b/i;
const THANKS = /^(?:thanks|thank you)\b/i;
const SIGN_OFF = /^(?:is there anything else\b|have a (?:great|good|nice|lovely|wonderful)\b|(?:kind|best|warm) regards\b)/i;
const FOLLOW_UP = /^(?:just\s+)?(?:following up|checking in|a quick follow-up)\b/i;
const HANDOFF = /\b(?:i(?:'|’)?ve escalated|we(?:'|’)?ve escalated|has been escalated|i(?:'|’)?ve passed (?:this|your)|i(?:'|’)?ve handed (?:this|your))\b/i;
const ASKING = /^(?:could|can|would) you\b|^(?:do|did) you\b|^(?:what|which|when|where) (?:is|was|are|were|did|do)\b/i;
/** "Do you have any other questions?" closes a reply; it asks for nothing. */
const NOT_ASKING = /\b(?:anything else|any other questions|any (?:further|more) questions)\b/i;
const asksForSomething = (sentence: string) => sentence.endsWith('?') && ASKING.test(sentence) && !NOT_ASKING.test(sentence);

/** The text cut into sentences (and lines: a sign-off line is a sentence of its own). */
export function sentences(text: string): string[] {
  return text
    // Latin sentences end at a stop followed by a space; CJK ones at a full-width stop, with no space after it.
    .split(/(?<=[.!?])\s+|(?<=[。！？])|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function categoryFromText(text: string): Category {
  const body = text.replace(GREETING, '');
  const parts = sentences(body);
  const first = parts[0] ?? '';
  if (APOLOGY.test(first)) return 'apology';
  if (FOLLOW_UP.test(first)) return 'follow-up';
  if (HANDOFF.test(body)) return 'escalation-handoff';
  if (parts.some(asksForSomething)) return 'info-gathering';
  if ((THANKS.test(first) || SIGN_OFF.test(first)) && parts.length <= 2) return 'closing';
  return DEFAULT_CATEGORY;
}

/** "Dear …" letters are formal; nothing else in a macro says reliably how warm it is. */
export function toneOf(text: string): Tone {
  return /^dear\b/i.test(text) ? 'formal' : 'neutral';
}

/** Our `short` is one sentence; `long` anything more. */
export function lengthOf(text: string): Length {
  return sentences(text).length <= 1 ? 'short' : 'long';
}
