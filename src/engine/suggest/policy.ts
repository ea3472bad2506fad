// How the customer's state and the agent's draft reshape a reply: which categories lead, which are off the table,
// and how many of each may be offered.
import { CATEGORIES, REPLY_STAGES, type Analysis, type Category, type Mood, type Situation } from '../types';
import { ownKindBonuses } from './address-kinds';
import type { BankIndex } from './bank-index';
import type { DraftReading } from './draft';
import { isUpset } from './fit';
import { MOOD_REASONS } from './labels';
import { situationWeights } from './situation-weights';
import { CATEGORY_STAGE } from './stages';

export const DEFAULT_CATEGORY_CAP = 2;
export const DEFAULT_STAGE_CAP = 3;

/**
 * The policy for one reply. Its figures are arrays by number (a category's in CATEGORIES, a stage's in
 * REPLY_STAGES): scoring and selection read them for every candidate.
 */
export interface ReplyPolicy {
  mood: Mood;
  /** Per category, what is added to the score of each of its phrases. */
  bonuses: readonly number[];
  /** Per category, the reason shown for its bonus when the bonus is positive. */
  bonusReasons: readonly (string | undefined)[];
  excludedCategories: ReadonlySet<Category>;
  /** Per category, how many of its phrases may be offered. */
  categoryCaps: readonly number[];
  /** Per stage, how many of its phrases may be offered. */
  stageCaps: readonly number[];
  /**
   * Phrase-level exclusions for phrase i of a bank index: the draft already holds it, or it does not suit this
   * customer. Read from the index's arrays where it can: the candidate loop asks it of a hundred phrases a ticket,
   * and reaching each phrase object costs more than the rule.
   */
  excludes(index: BankIndex, i: number): boolean;
  /** False when `excludes` is false for every phrase (a customer who is not calm, no draft): callers skip asking. */
  readonly excludesAny: boolean;
}

const EMPATHY = CATEGORIES.indexOf('empathy');
const ADDRESS_CATEGORIES = CATEGORIES.filter((category) => CATEGORY_STAGE[category] === 'address');

/** Bonuses by category number, each with its first reason. */
class Bonuses {
  readonly values = CATEGORIES.map(() => 0);
  readonly reasons: (string | undefined)[] = CATEGORIES.map(() => undefined);

  add(category: Category, value: number, reason?: string): void {
    const n = CATEGORIES.indexOf(category);
    this.values[n]! += value;
    this.reasons[n] ??= reason;
  }
}

export function replyPolicy(
  analysis: Analysis,
  draft: DraftReading,
  situations: ReadonlyMap<Situation, number> = situationWeights(analysis),
): ReplyPolicy {
  const mood = analysis.mood.mood;
  const abusive = analysis.abuse.abusive;
  const bonus = new Bonuses();
  const excluded = new Set<Category>();
  const categoryCaps = CATEGORIES.map(() => DEFAULT_CATEGORY_CAP);
  const stageCaps = REPLY_STAGES.map(() => DEFAULT_STAGE_CAP);

  if (abusive) {
    // Boundaries first, then calm the exchange or hand it on; never bargain with abuse.
    bonus.add('boundary', 6, 'abusive language: set a boundary');
    bonus.add('de-escalation', 3, 'abusive language');
    bonus.add('escalation-handoff', 3, 'abusive language');
    excluded.add('yes-if').add('compromise');
  } else {
    bonus.add('boundary', -3);
  }

  if (isUpset(mood)) {
    const strength = mood === 'angry' ? 2 : 1.5;
    bonus.add('empathy', strength, MOOD_REASONS[mood]);
    bonus.add('apology', strength, MOOD_REASONS[mood]);
    if (mood === 'angry') bonus.add('de-escalation', 1, MOOD_REASONS.angry);
  } else if (!abusive) {
    // A calm customer wants the answer, not consolation: one light acknowledgement at most.
    bonus.add('empathy', -2);
    for (const category of ADDRESS_CATEGORIES) bonus.add(category, 0.5);
    excluded.add('de-escalation');
    stageCaps[REPLY_STAGES.indexOf('acknowledge')] = 1;
  }

  // The situation's own answer leads the middle of the reply (a new date for a late delivery), ahead of generic moves.
  for (const [category, value] of ownKindBonuses(situations)) bonus.add(category, value);

  if (draft.has.apology) excluded.add('apology');
  if (draft.has.closing) excluded.add('closing');
  if (draft.has.empathy) {
    bonus.add('empathy', -1.5);
    categoryCaps[EMPATHY] = 1;
  }

  // The mood may already be a reason of its own; a bonus that lowers a category gives no reason.
  const bonusReasons = bonus.reasons.map((reason, n) => (bonus.values[n]! > 0 ? reason : undefined));
  return new Policy(mood, bonus.values, bonusReasons, excluded, categoryCaps, stageCaps, draft);
}

/**
 * A class, not an object literal with methods: a literal made per ticket gives every ticket its own method
 * functions, so the candidate loop's calls to `excludes` see a new target each time and cannot be inlined.
 */
class Policy implements ReplyPolicy {
  private readonly calm: boolean;
  readonly excludesAny: boolean;

  constructor(
    readonly mood: Mood,
    readonly bonuses: readonly number[],
    readonly bonusReasons: readonly (string | undefined)[],
    readonly excludedCategories: ReadonlySet<Category>,
    readonly categoryCaps: readonly number[],
    readonly stageCaps: readonly number[],
    private readonly draft: DraftReading,
  ) {
    this.calm = mood === 'calm';
    this.excludesAny = this.calm || !draft.empty;
  }

  excludes(index: BankIndex, i: number): boolean {
    const { category, long } = index.statics;
    // A calm customer wants the answer: a long consolation only delays it.
    return (this.calm && category[i] === EMPATHY && long[i] === 1) || (!this.draft.empty && this.draft.contains(index.phrases[i]!));
  }
}
